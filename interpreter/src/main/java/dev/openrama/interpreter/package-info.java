/**
 * Reading and evaluating the language.
 *
 * <p>The pipeline: {@code reader.Reader} turns source text into forms, one top-level form at a
 * time, recording each form's and symbol's position in a span table; {@link
 * dev.openrama.interpreter.analyzer.Analyzer} expands macros and turns a form into a tree of
 * {@link dev.openrama.interpreter.node.Node}s once (special forms have one class each, locals
 * become frame slots, globals become {@link dev.openrama.interpreter.Var}s dereferenced at call
 * time); {@link dev.openrama.interpreter.Interpreter} evaluates each top-level form before reading
 * the next, so {@code ns} and macros apply to what follows. Java interop goes through {@code
 * interop.Reflector} with per-call-site caches. Errors carry their {@code file:line:col}; an
 * exception unwinding through calls records the language-level stack in {@code
 * error.ErrorTrace} without being wrapped, so {@code catch} sees the original.
 *
 * <p>All state of one program lives in a {@link dev.openrama.interpreter.Context}; nothing is
 * global, so several interpreters can run in one JVM.
 */
package dev.openrama.interpreter;
