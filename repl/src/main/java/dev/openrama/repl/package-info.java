/**
 * The {@code rama} command: {@link dev.openrama.repl.Cli#run} (run a file, {@code -e}, the REPL,
 * {@code test}), the one diagnostic format and the exit codes ({@code Diagnostics},
 * {@code ExitCodes}). {@link dev.openrama.repl.Main} only calls {@code System.exit} with what
 * {@code Cli.run} returns, so tests drive the real entry point.
 */
package dev.openrama.repl;
