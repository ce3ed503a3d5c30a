package dev.openrama.stdlib.core;

import dev.openrama.interpreter.Var;
import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.Named;
import dev.openrama.runtime.data.Printer;
import dev.openrama.runtime.data.Symbol;
import dev.openrama.runtime.data.Truth;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;

/** {@code str}, {@code print}, {@code println}, {@code pr}, {@code prn} and their -str forms. */
final class PrintFns {
  private final Var out;
  private final Var flushOnNewline;

  private PrintFns(Var out, Var flushOnNewline) {
    this.out = out;
    this.flushOnNewline = flushOnNewline;
  }

  static void install(CoreInstaller c, Var out, Var flushOnNewline) {
    PrintFns p = new PrintFns(out, flushOnNewline);
    c.builtin("str").with(() -> "").with(PrintFns::str).variadic(2, args -> {
      StringBuilder sb = new StringBuilder();
      for (Object a : args) {
        sb.append(str(a));
      }
      return sb.toString();
    });
    c.builtin("print").variadic(0, args -> p.emit(args, false, false));
    c.builtin("println").variadic(0, args -> p.emit(args, false, true));
    c.builtin("pr").variadic(0, args -> p.emit(args, true, false));
    c.builtin("prn").variadic(0, args -> p.emit(args, true, true));
    c.builtin("newline").with(() -> {
      p.write("\n");
      return null;
    });
    c.builtin("flush").with(() -> {
      p.flush();
      return null;
    });
    c.builtin("pr-str").variadic(0, args -> join(args, true));
    c.builtin("prn-str").variadic(0, args -> join(args, true) + "\n");
    c.builtin("print-str").variadic(0, args -> join(args, false));
    c.builtin("println-str").variadic(0, args -> join(args, false) + "\n");
  }

  /** {@code (str x)}: nil is empty, strings and characters as they are, others printed. */
  static String str(Object x) {
    if (x == null) {
      return "";
    }
    if (x instanceof String) {
      return (String) x;
    }
    if (x instanceof Character || x instanceof Long || x instanceof Integer
        || x instanceof Double || x instanceof Boolean) {
      return x.toString();
    }
    if (x instanceof Keyword || x instanceof Symbol) {
      return x.toString();
    }
    if (x instanceof BigInteger || x instanceof BigDecimal) {
      return x.toString();
    }
    if (x instanceof Named || x instanceof Number || x instanceof Class) {
      return x instanceof Class ? ((Class<?>) x).getName() : x.toString();
    }
    return Printer.str(x);
  }

  private static String join(Object[] args, boolean readably) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < args.length; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      Printer.print(args[i], sb, readably);
    }
    return sb.toString();
  }

  private Object emit(Object[] args, boolean readably, boolean newline) {
    Writer w = (Writer) out.deref();
    try {
      for (int i = 0; i < args.length; i++) {
        if (i > 0) {
          w.write(' ');
        }
        Printer.print(args[i], w, readably);
      }
      if (newline) {
        w.write('\n');
        if (Truth.isTruthy(flushOnNewline.deref())) {
          w.flush();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return null;
  }

  private void write(String s) {
    try {
      Writer w = (Writer) out.deref();
      w.write(s);
      if (Truth.isTruthy(flushOnNewline.deref())) {
        w.flush();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void flush() {
    try {
      ((Writer) out.deref()).flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
