package dev.openrama.stdlib.core;

import dev.openrama.runtime.data.Fn;
import dev.openrama.runtime.data.PersistentList;
import dev.openrama.runtime.data.Printer;
import dev.openrama.runtime.data.Reduced;
import dev.openrama.runtime.data.Seq;
import dev.openrama.runtime.data.Seqs;

/** Running transducers: {@code transduce sequence eduction completing cat halt-when ...}. */
final class TransducerFns {
  private TransducerFns() {}

  static void install(CoreInstaller c) {
    c.builtin("transduce")
        .with((xform, f, coll) -> Transducers.transduce((Fn) xform, (Fn) f, ((Fn) f).invoke(),
            coll))
        .with((xform, f, init, coll) -> Transducers.transduce((Fn) xform, (Fn) f, init, coll));
    c.builtin("sequence").with(coll -> coll instanceof Seq ? coll : orEmpty(Seqs.seq(coll)))
        .with((xform, coll) -> XformSeq.create((Fn) xform, new Object[] {coll}))
        .variadic(3, args -> XformSeq.create((Fn) args[0],
            java.util.Arrays.copyOfRange(args, 1, args.length)));
    c.builtin("eduction").variadic(1, args -> {
      Fn xform = args.length == 1 ? null : composeAll(args, args.length - 1);
      return new Eduction(xform == null ? IDENTITY_XF : xform, args[args.length - 1]);
    });
    c.builtin("completing").with(f -> Transducers.completing((Fn) f, IDENTITY))
        .with((f, cf) -> Transducers.completing((Fn) f, (Fn) cf));
    c.fn("cat", Transducers.CAT);
    c.builtin("halt-when").with(p -> Transducers.haltWhen((Fn) p, null))
        .with((p, retf) -> Transducers.haltWhen((Fn) p, (Fn) retf));
    c.builtin("ensure-reduced").with(Transducers::ensureReduced);
    c.builtin("reduced?").with(x -> x instanceof Reduced);
    Printer.register(Eduction.class, (x, p) -> {
      p.printMeta(x);
      p.printSequential("(", ((Eduction) x).iterator(), " ", ")");
    });
  }

  private static Object orEmpty(Seq s) {
    return s == null ? PersistentList.EMPTY : s;
  }

  static final Fn IDENTITY = new dev.openrama.runtime.data.AFn() {
    @Override
    public Object invoke(Object x) {
      return x;
    }
  };

  private static final Fn IDENTITY_XF = IDENTITY;

  /** The composition of the first {@code n} transducers, applied left to right to data. */
  private static Fn composeAll(Object[] xfs, int n) {
    return new dev.openrama.runtime.data.AFn() {
      @Override
      public Object invoke(Object rf) {
        Object r = rf;
        for (int i = n - 1; i >= 0; i--) {
          r = ((Fn) xfs[i]).invoke(r);
        }
        return r;
      }
    };
  }
}
