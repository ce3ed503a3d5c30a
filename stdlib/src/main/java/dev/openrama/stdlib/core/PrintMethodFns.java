package dev.openrama.stdlib.core;

import dev.openrama.interpreter.Var;
import dev.openrama.runtime.data.AFn;
import dev.openrama.runtime.data.Fn;
import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.Meta;
import dev.openrama.runtime.data.Printable;
import dev.openrama.runtime.data.Printer;
import dev.openrama.runtime.data.Record;
import dev.openrama.runtime.data.Symbol;
import dev.openrama.runtime.data.Typed;
import dev.openrama.runtime.data.TypedInstance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * {@code print-method}: a multimethod on the value's type, as in Clojure. Its default prints
 * with the built-in printer. A method added for a class, or for a record or deftype, is also
 * installed in the printer, so {@code pr}, {@code str} and nested printing use it. Methods for
 * keyword {@code :type} metadata are called only when {@code print-method} is called directly.
 */
final class PrintMethodFns {
  private PrintMethodFns() {}

  private static final Keyword TYPE = Keyword.intern(null, "type");
  /** Classes hooked into the process-wide printer by the running program's print-method. */
  private static final java.util.Set<Class<?>> HOOKED =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

  /**
   * Removes the printer hooks a previous program run installed (the printer's registry is
   * process-wide); called before a new core installs its own print methods.
   */
  static void resetHooks() {
    for (Class<?> k : HOOKED) {
      Printer.unregister(k);
    }
    HOOKED.clear();
  }
  private static final Keyword DEFAULT = Keyword.intern(null, "default");

  static void install(CoreInstaller c, Var hierarchy, Var readably) {
    Fn dispatch = new AFn() {
      @Override
      public Object invoke(Object x, Object w) {
        Object t = x instanceof Meta && ((Meta) x).meta() != null
            ? ((MapColl) ((Meta) x).meta()).valAt(TYPE) : null;
        if (t instanceof Keyword) {
          return t;
        }
        return x == null ? null : x instanceof Typed ? ((Typed) x).type() : x.getClass();
      }
    };
    Var isa = c.ns().intern(Symbol.intern(null, "isa?"));
    Var parents = c.ns().intern(Symbol.intern(null, "parents"));
    MultiFn pm = new MultiFn("print-method", dispatch, DEFAULT, hierarchy, isa, parents) {
      @Override
      public synchronized MultiFn addMethod(Object dispatchVal, Fn method) {
        super.addMethod(dispatchVal, method);
        hook(this, dispatchVal);
        return this;
      }
    };
    pm.addMethod(DEFAULT, new AFn() {
      @Override
      public Object invoke(Object x, Object w) {
        try {
          ((Writer) w).write(dev.openrama.runtime.data.Truth.isTruthy(readably.deref())
              ? Printer.printString(x, PrintFns.currentOptions())
              : Printer.printStr(x, PrintFns.currentOptions()));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return null;
      }
    });
    c.fn("print-method", pm);
  }

  private static void hook(MultiFn pm, Object dispatchVal) {
    if (dispatchVal instanceof Class) {
      HOOKED.add((Class<?>) dispatchVal);
      Printer.register((Class<?>) dispatchVal, (x, p) -> call(pm, x, p));
    } else if (dispatchVal instanceof dev.openrama.runtime.data.TypeObject) {
      for (Class<?> k : new Class<?>[] {Record.class, TypedInstance.class}) {
        HOOKED.add(k);
        Printer.register(k, (x, p) -> {
          Fn m = pm.getMethod(((Typed) x).type());
          if (m != null && m != pm.getMethodTable().valAt(DEFAULT)) {
            m.invoke(x, writer(p));
          } else {
            ((Printable) x).print(p);
          }
        });
      }
    }
  }

  private static void call(MultiFn pm, Object x, Printer p) {
    pm.getMethod(x.getClass()).invoke(x, writer(p));
  }

  /** A writer that appends to the print job in progress. */
  private static Writer writer(Printer p) {
    return new Writer() {
      @Override
      public void write(char[] buf, int off, int len) {
        p.write(new String(buf, off, len));
      }

      @Override
      public void write(String s) {
        p.write(s);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
  }
}
