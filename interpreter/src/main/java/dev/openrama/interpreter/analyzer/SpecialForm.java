package dev.openrama.interpreter.analyzer;

import dev.openrama.interpreter.node.Node;
import dev.openrama.runtime.data.Seq;

/** The analysis of one special form. */
interface SpecialForm {
  Node analyze(Analyzer a, Seq form, Env env);
}
