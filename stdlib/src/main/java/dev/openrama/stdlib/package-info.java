/**
 * The libraries: {@code clojure.core} and friends.
 *
 * <p>{@link dev.openrama.stdlib.Stdlib#create} builds an interpreter: {@code core.CoreNamespace}
 * installs the Java-written builtins from one explicit list (each group in its own class, built
 * with {@link dev.openrama.stdlib.BuiltinFn}), then the prelude files written in the language
 * ({@code core.rama}, {@code hierarchies.rama}, {@code host.rama}, {@code types.rama} in this
 * module's resources) are loaded. Other namespaces ({@code clojure.string}, {@code clojure.set},
 * {@code clojure.walk}, {@code clojure.edn}, {@code clojure.java.io}, {@code clojure.pprint},
 * {@code clojure.test}) are registered and installed on first {@code require}; the ones
 * {@code clojure.main} preloads ({@code clojure.string}, {@code clojure.java.io},
 * {@code clojure.edn}) are installed at once so code may name them without requiring them.
 * Protocols, records and {@code reify} live in {@code types}. Builtins report JVM errors about
 * our classes under Clojure's class names ({@link dev.openrama.runtime.data.ClojureNames}).
 */
package dev.openrama.stdlib;
