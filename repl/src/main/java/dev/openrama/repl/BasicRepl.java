package dev.openrama.repl;

import dev.openrama.interpreter.Bindings;
import dev.openrama.interpreter.Interpreter;
import dev.openrama.interpreter.ProgramExit;
import dev.openrama.interpreter.SourceLoader;
import dev.openrama.interpreter.Var;
import dev.openrama.interpreter.reader.Reader;
import dev.openrama.interpreter.reader.Source;
import dev.openrama.runtime.data.Printer;
import dev.openrama.runtime.data.Symbol;
import dev.openrama.stdlib.Stdlib;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Map;

/**
 * A line REPL: prompts with the namespace, keeps reading lines while the input is an incomplete
 * form, evaluates each complete form and prints its value; errors are reported and the session
 * goes on. {@code *1 *2 *3 *e} hold recent results.
 */
final class BasicRepl {
  private final BufferedReader in;
  private final Writer out;
  private final Writer err;
  private final boolean verbose;
  private final Interpreter interp;

  BasicRepl(InputStream in, Writer out, Writer err, SourceLoader.Paths paths, boolean verbose) {
    this.in = Stdlib.reader(in);
    this.out = out;
    this.err = err;
    this.verbose = verbose;
    paths.add(Path.of(""));
    this.interp = Stdlib.create(new Stdlib.Streams(this.in, out, err), paths);
  }

  private Var core(String name) {
    return interp.context().core.findInterned(Symbol.intern(null, name));
  }

  int run() {
    Map<Var, Object> b = interp.sessionBindings();
    for (String n : new String[] {"*1", "*2", "*3", "*e"}) {
      b.put(core(n), null);
    }
    Bindings.push(b);
    try {
      StringBuilder pending = new StringBuilder();
      prompt(false);
      while (true) {
        String line = in.readLine();
        if (line == null) {
          out.write("\n");
          out.flush();
          return ExitCodes.OK;
        }
        pending.append(line).append('\n');
        if (!Reader.isComplete(pending.toString())) {
          prompt(true);
          continue;
        }
        String text = pending.toString();
        pending.setLength(0);
        Integer exit = evalAll(text);
        if (exit != null) {
          return exit;
        }
        prompt(false);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      Bindings.pop();
    }
  }

  private Integer evalAll(String text) throws IOException {
    try {
      Reader reader = new Reader(new Source("REPL", text), interp.readerContext());
      interp.analyzer().useSpans(reader.spans()::get, "REPL");
      while (true) {
        Object form = reader.read();
        if (form == Reader.EOF) {
          return null;
        }
        Object v = interp.eval(form);
        core("*3").set(core("*2").deref());
        core("*2").set(core("*1").deref());
        core("*1").set(v);
        out.write(Printer.printString(v));
        out.write('\n');
        out.flush();
      }
    } catch (ProgramExit e) {
      out.flush();
      return e.code();
    } catch (Throwable t) {
      out.flush();
      core("*e").set(t);
      err.write(Diagnostics.format(t, verbose));
      err.write('\n');
      err.flush();
      return null;
    }
  }

  private void prompt(boolean continuation) throws IOException {
    String ns = interp.context().currentNs().name().getName();
    out.write(continuation ? " ".repeat(ns.length()) + "#_=> " : ns + "=> ");
    out.flush();
  }
}
