package dev.openrama.interpreter.reader;

import dev.openrama.runtime.data.Symbol;
import java.util.function.Function;

/**
 * What the reader needs from the environment it reads in; the interpreter implements it over its
 * namespaces. The reader asks only while it builds a form, and builds each top-level form just
 * before returning it, so answers may change between forms (an {@code ns} form evaluated before
 * the next form is read changes the current namespace and its aliases, as in Clojure).
 */
public interface ReaderContext {
  /** The namespace {@code ::kw} and {@code #::{}} resolve against, e.g. {@code "user"}. */
  String currentNamespace();

  /**
   * The full namespace name an alias of the current namespace stands for ({@code ::str/x} with
   * {@code str} aliased to {@code clojure.string}), or {@code null} when there is no such alias.
   */
  String resolveAlias(String alias);

  /**
   * The symbol syntax-quote emits for {@code sym}, like Clojure's {@code Compiler.resolveSymbol}:
   * an unqualified symbol mapped to a var becomes {@code var-ns/name} ({@code map} becomes
   * {@code clojure.core/map}), an unmapped one {@code current-ns/name}, an imported class its full
   * class name (unqualified); a qualified symbol whose namespace is an alias gets the full
   * namespace, one whose namespace names an imported class gets the full class name; anything
   * else is returned unchanged. The reader itself leaves special forms, {@code x#} gensyms,
   * {@code .method}, and names containing a dot alone, and resolves {@code Class.} through this
   * method with the dot removed.
   */
  Symbol resolveForSyntaxQuote(Symbol sym);

  /**
   * The next number of the gensym counter (Clojure's {@code RT.nextID}), used for {@code x#}
   * auto-gensyms ({@code x__123__auto__}) and {@code #()} parameters ({@code p1__123#}).
   */
  int nextId();

  /**
   * The function for a tagged literal {@code #tag form} other than the built-in {@code #inst} and
   * {@code #uuid}, or {@code null} when there is none (the read then fails with "No reader
   * function for tag").
   */
  default Function<Object, Object> dataReader(Symbol tag) {
    return null;
  }
}
