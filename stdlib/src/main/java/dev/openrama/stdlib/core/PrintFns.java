package dev.openrama.stdlib.core;

import dev.openrama.interpreter.Var;
import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.Named;
import dev.openrama.runtime.data.Coll;
import dev.openrama.runtime.data.LazySeq;
import dev.openrama.runtime.data.PrintOptions;
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
  private static volatile PrintFns current;

  private final Var out;
  private final Var flushOnNewline;
  private final Var printLength;
  private final Var printLevel;
  private final Var printMeta;
  private final Var printReadably;
  private final Var printNamespaceMaps;

  private PrintFns(CoreInstaller c, Var out, Var flushOnNewline) {
    this.out = out;
    this.flushOnNewline = flushOnNewline;
    this.printLength = var(c, "*print-length*");
    this.printLevel = var(c, "*print-level*");
    this.printMeta = var(c, "*print-meta*");
    this.printReadably = var(c, "*print-readably*");
    this.printNamespaceMaps = var(c, "*print-namespace-maps*");
  }

  private static Var var(CoreInstaller c, String name) {
    return c.ns().findInterned(Symbol.intern(null, name));
  }

  /** The printer settings in effect on this thread, from the {@code *print-...*} vars. */
  PrintOptions options() {
    Object len = printLength.deref();
    Object lvl = printLevel.deref();
    boolean meta = Truth.isTruthy(printMeta.deref());
    boolean nsMaps = Truth.isTruthy(printNamespaceMaps.deref());
    if (len == null && lvl == null && !meta && nsMaps) {
      return PrintOptions.DEFAULT;
    }
    return new PrintOptions(len == null ? null : ((Number) len).intValue(),
        lvl == null ? null : ((Number) lvl).intValue(), meta, nsMaps);
  }

  static PrintOptions currentOptions() {
    PrintFns p = current;
    return p == null ? PrintOptions.DEFAULT : p.options();
  }

  static void install(CoreInstaller c, Var out, Var flushOnNewline) {
    PrintFns p = new PrintFns(c, out, flushOnNewline);
    current = p;
    c.builtin("str").with(() -> "").with(x -> str(x, p)).variadic(2, args -> {
      StringBuilder sb = new StringBuilder();
      for (Object a : args) {
        sb.append(str(a, p));
      }
      return sb.toString();
    });
    c.builtin("print").variadic(0, args -> p.emit(args, false, false));
    c.builtin("println").variadic(0, args -> p.emit(args, false, true));
    c.builtin("pr").variadic(0, args -> p.emit(args, p.readably(true), false));
    c.builtin("prn").variadic(0, args -> p.emit(args, p.readably(true), true));
    c.builtin("newline").with(() -> {
      p.write("\n", true);
      return null;
    });
    c.builtin("flush").with(() -> {
      p.flush();
      return null;
    });
    c.builtin("pr-str").variadic(0, args -> p.join(args, p.readably(true)));
    c.builtin("prn-str").variadic(0, args -> p.join(args, p.readably(true)) + "\n");
    c.builtin("print-str").variadic(0, args -> p.join(args, false));
    c.builtin("println-str").variadic(0, args -> p.join(args, false) + "\n");
    c.builtin("printf").variadic(1, args -> {
      p.write(TextFns.format((String) args[0], java.util.Arrays.copyOfRange(args, 1,
          args.length)), false);
      return null;
    });
  }

  /**
   * {@code (str x)} for library code outside an interpreter call: collections print with the
   * settings of the most recently installed core (there is one per program run).
   */
  static String str(Object x) {
    return str(x, current);
  }

  /** {@code (str x)}: nil is empty, strings and characters as they are, others printed. */
  static String str(Object x, PrintFns p) {
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
      return x instanceof Class ? (((Class<?>) x).isInterface() ? "interface " : "class ")
          + dev.openrama.runtime.data.ClojureNames.of((Class<?>) x) : x.toString();
    }
    if (x instanceof LazySeq) {
      return "clojure.lang.LazySeq@" + Integer.toHexString(x.hashCode());
    }
    if (x instanceof Coll || x instanceof dev.openrama.runtime.data.Sequential) {
      return Printer.printString(x, p == null ? PrintOptions.DEFAULT : p.options());
    }
    return x.toString();
  }

  private boolean readably(boolean pr) {
    return pr && Truth.isTruthy(printReadably.deref());
  }

  private String join(Object[] args, boolean readably) {
    PrintOptions o = options();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < args.length; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      Printer.print(args[i], sb, readably, o);
    }
    return sb.toString();
  }

  private Object emit(Object[] args, boolean readably, boolean newline) {
    Writer w = (Writer) out.deref();
    PrintOptions o = options();
    try {
      for (int i = 0; i < args.length; i++) {
        if (i > 0) {
          w.write(' ');
        }
        Printer.print(args[i], w, readably, o);
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

  private void write(String s, boolean newline) {
    try {
      Writer w = (Writer) out.deref();
      w.write(s);
      if (newline && Truth.isTruthy(flushOnNewline.deref())) {
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
