/**
 * The reader: source text to data forms, exactly as Clojure 1.12 reads them.
 *
 * <p>{@link dev.openrama.interpreter.reader.Reader} drives the ANTLR parser generated from
 * {@code Rama.g4} (grammar module) one top-level form at a time; {@code FormBuilder} turns each
 * parse tree into forms (persistent lists, vectors, maps, sets, symbols, keywords, numbers,
 * strings, characters, regex patterns) and applies the reader macros ({@code SyntaxQuote},
 * {@code TaggedLiterals}, reader conditionals, {@code #()}, metadata). Every symbol and non-empty
 * collection read gets its {@link dev.openrama.runtime.data.SourceSpan} in a
 * {@link dev.openrama.interpreter.reader.SpanTable}. The environment (current namespace, aliases,
 * syntax-quote resolution, gensym counter) comes from a
 * {@link dev.openrama.interpreter.reader.ReaderContext}. All errors are
 * {@link dev.openrama.interpreter.reader.ReadError}s, with messages from {@code ReadErrors}.
 */
package dev.openrama.interpreter.reader;
