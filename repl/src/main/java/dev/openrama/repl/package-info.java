/**
 * The {@code rama} command: {@link dev.openrama.repl.Cli#run} (run a file, {@code -e}, the REPL,
 * {@code test}), the one diagnostic format and the exit codes ({@code Diagnostics},
 * {@code ExitCodes}). {@link dev.openrama.repl.Main} only calls {@code System.exit} with what
 * {@code Cli.run} returns, so tests drive the real entry point.
 *
 * <p>The REPL: {@code ReplCommand} picks a front end. {@code ReplRuntime} is what they share (the
 * interpreter with {@code clojure.repl} referred into {@code user}, and the resources closed on
 * exit); {@code ReplSession} is one conversation's bindings ({@code *ns*}, {@code *1},
 * {@code *e}...) and evaluates entries; {@code EvalWorker} is the thread an evaluation runs on,
 * so it can be interrupted. Front ends: {@code TerminalRepl} (JLine, with {@code ReplLineParser},
 * {@code Completions}, {@code Colorizer}), {@code BasicRepl} (stdin not a terminal) and the nREPL
 * server ({@code NreplServer}, {@code NreplOps}, {@code NreplSession}, {@code Bencode}).
 */
package dev.openrama.repl;
