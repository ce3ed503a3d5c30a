/**
 * The path engine: Specter's navigators over the language's values. {@link
 * dev.openrama.runtime.data.path.Navigator} is the contract (select and transform directions,
 * continuation-passing, collected values threaded through); {@link
 * dev.openrama.runtime.data.path.Paths} compiles what users write into one navigator, caching
 * constant paths; {@link dev.openrama.runtime.data.path.PathOps} runs the operations. Stored
 * sorted structures join in by implementing {@link
 * dev.openrama.runtime.data.path.SortedNavigable}. Everything here is immutable and thread-safe.
 */
package dev.openrama.runtime.data.path;
