package dev.openrama.stdlib.core;

import dev.openrama.runtime.data.AFn;
import dev.openrama.runtime.data.Equality;
import dev.openrama.runtime.data.Fn;
import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.Lookups;
import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.PersistentArrayMap;
import dev.openrama.runtime.data.PersistentVector;
import dev.openrama.runtime.data.Reduced;
import dev.openrama.runtime.data.Seqs;
import dev.openrama.runtime.data.Truth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The transducer forms of the sequence functions ({@code (map f)}, {@code (take n)}, {@code cat}
 * ...): each is a function from a reducing function to a reducing function, as in Clojure.
 * Stateful ones keep their state in the returned step, so one use of a transducer is one owner.
 */
final class Transducers {
  private Transducers() {}

  static final Keyword HALT = Keyword.intern("clojure.core", "halt");

  /** A reducing step over {@code rf}: init and completion pass through; override the step. */
  abstract static class Step extends AFn {
    final Fn rf;

    Step(Fn rf) {
      this.rf = rf;
    }

    @Override
    public Object invoke() {
      return rf.invoke();
    }

    @Override
    public Object invoke(Object acc) {
      return rf.invoke(acc);
    }

    @Override
    public abstract Object invoke(Object acc, Object x);
  }

  interface StepFactory {
    Fn apply(Fn rf);
  }

  static Fn xf(StepFactory f) {
    return new AFn() {
      @Override
      public Object invoke(Object rf) {
        return f.apply((Fn) rf);
      }
    };
  }

  static Object ensureReduced(Object x) {
    return x instanceof Reduced ? x : new Reduced(x);
  }

  static Fn map(Fn f) {
    return xf(rf -> new Step(rf) {
      @Override
      public Object invoke(Object acc, Object x) {
        return rf.invoke(acc, f.invoke(x));
      }

      @Override
      public Object invoke(Object acc, Object x, Object y) {
        return rf.invoke(acc, f.invoke(x, y));
      }

      @Override
      public Object invokeN(Object[] args) {
        if (args.length <= 3) {
          return super.invokeN(args);
        }
        return rf.invoke(args[0], f.invokeN(java.util.Arrays.copyOfRange(args, 1, args.length)));
      }

      @Override
      public Object invoke(Object acc, Object x, Object y, Object z) {
        return rf.invoke(acc, f.invoke(x, y, z));
      }
    });
  }

  static Fn filter(Fn p, boolean keep) {
    return xf(rf -> new Step(rf) {
      @Override
      public Object invoke(Object acc, Object x) {
        return Truth.isTruthy(p.invoke(x)) == keep ? rf.invoke(acc, x) : acc;
      }
    });
  }

  static Fn keep(Fn f) {
    return xf(rf -> new Step(rf) {
      @Override
      public Object invoke(Object acc, Object x) {
        Object v = f.invoke(x);
        return v == null ? acc : rf.invoke(acc, v);
      }
    });
  }

  static Fn indexed(Fn f, boolean keepNil) {
    return xf(rf -> new Step(rf) {
      private long i = -1;

      @Override
      public Object invoke(Object acc, Object x) {
        i++;
        Object v = f.invoke(i, x);
        if (!keepNil && v == null) {
          return acc;
        }
        return rf.invoke(acc, v);
      }
    });
  }

  static Fn take(long n) {
    return xf(rf -> new Step(rf) {
      private long left = n;

      @Override
      public Object invoke(Object acc, Object x) {
        long now = left;
        left--;
        Object r = now > 0 ? rf.invoke(acc, x) : acc;
        return left <= 0 ? ensureReduced(r) : r;
      }
    });
  }

  static Fn drop(long n) {
    return xf(rf -> new Step(rf) {
      private long left = n;

      @Override
      public Object invoke(Object acc, Object x) {
        if (left > 0) {
          left--;
          return acc;
        }
        return rf.invoke(acc, x);
      }
    });
  }

  static Fn takeWhile(Fn p) {
    return xf(rf -> new Step(rf) {
      @Override
      public Object invoke(Object acc, Object x) {
        return Truth.isTruthy(p.invoke(x)) ? rf.invoke(acc, x) : new Reduced(acc);
      }
    });
  }

  static Fn dropWhile(Fn p) {
    return xf(rf -> new Step(rf) {
      private boolean dropping = true;

      @Override
      public Object invoke(Object acc, Object x) {
        if (dropping && Truth.isTruthy(p.invoke(x))) {
          return acc;
        }
        dropping = false;
        return rf.invoke(acc, x);
      }
    });
  }

  static Fn takeNth(long n) {
    return xf(rf -> new Step(rf) {
      private long i = -1;

      @Override
      public Object invoke(Object acc, Object x) {
        i++;
        return i % n == 0 ? rf.invoke(acc, x) : acc;
      }
    });
  }

  static Fn distinct() {
    return xf(rf -> new Step(rf) {
      private final Set<Object> seen = new HashSet<>();

      @Override
      public Object invoke(Object acc, Object x) {
        return seen.add(new EquivKey(x)) ? rf.invoke(acc, x) : acc;
      }
    });
  }

  static Fn dedupe() {
    return xf(rf -> new Step(rf) {
      private final Object none = new Object();
      private Object prior = none;

      @Override
      public Object invoke(Object acc, Object x) {
        Object p = prior;
        prior = x;
        return p != none && Equality.equiv(p, x) ? acc : rf.invoke(acc, x);
      }
    });
  }

  static Fn interpose(Object sep) {
    return xf(rf -> new Step(rf) {
      private boolean started;

      @Override
      public Object invoke(Object acc, Object x) {
        if (!started) {
          started = true;
          return rf.invoke(acc, x);
        }
        Object r = rf.invoke(acc, sep);
        return r instanceof Reduced ? r : rf.invoke(r, x);
      }
    });
  }

  static Fn partitionAll(int n) {
    return xf(rf -> new Step(rf) {
      private List<Object> buf = new ArrayList<>();

      @Override
      public Object invoke(Object acc) {
        Object r = acc;
        if (!buf.isEmpty()) {
          Object v = PersistentVector.create(buf);
          buf = new ArrayList<>();
          r = unreduced(rf.invoke(r, v));
        }
        return rf.invoke(r);
      }

      @Override
      public Object invoke(Object acc, Object x) {
        buf.add(x);
        if (buf.size() == n) {
          Object v = PersistentVector.create(buf);
          buf = new ArrayList<>();
          return rf.invoke(acc, v);
        }
        return acc;
      }
    });
  }

  static Fn partitionBy(Fn f) {
    return xf(rf -> new Step(rf) {
      private final Object none = new Object();
      private List<Object> buf = new ArrayList<>();
      private Object prior = none;

      @Override
      public Object invoke(Object acc) {
        Object r = acc;
        if (!buf.isEmpty()) {
          Object v = PersistentVector.create(buf);
          buf = new ArrayList<>();
          r = unreduced(rf.invoke(r, v));
        }
        return rf.invoke(r);
      }

      @Override
      public Object invoke(Object acc, Object x) {
        Object key = f.invoke(x);
        Object p = prior;
        prior = key;
        if (p == none || Equality.equiv(key, p)) {
          buf.add(x);
          return acc;
        }
        Object v = PersistentVector.create(buf);
        buf = new ArrayList<>();
        Object r = rf.invoke(acc, v);
        if (!(r instanceof Reduced)) {
          buf.add(x);
        }
        return r;
      }
    });
  }

  /** {@code cat}: each input is a collection whose elements are stepped in turn. */
  static final Fn CAT = xf(rf -> new Step(rf) {
    private final Fn preserving = new AFn() {
      @Override
      public Object invoke(Object a, Object b) {
        Object r = rf.invoke(a, b);
        return r instanceof Reduced ? new Reduced(r) : r;
      }
    };

    @Override
    public Object invoke(Object acc, Object x) {
      return Seqs.reduce(preserving, acc, x);
    }
  });

  static Fn mapcat(Fn f) {
    Fn m = map(f);
    return xf(rf -> (Fn) m.invoke(CAT.invoke(rf)));
  }

  static Fn replace(Object smap) {
    return map(new AFn() {
      @Override
      public Object invoke(Object x) {
        Object none = Transducers.class;
        Object v = Lookups.get(smap, x, none);
        return v == none ? x : v;
      }
    });
  }

  static Fn haltWhen(Fn pred, Fn retf) {
    return xf(rf -> new Step(rf) {
      @Override
      public Object invoke(Object acc) {
        if (acc instanceof MapColl && ((MapColl) acc).containsKey(HALT)) {
          return ((MapColl) acc).valAt(HALT);
        }
        return rf.invoke(acc);
      }

      @Override
      public Object invoke(Object acc, Object x) {
        if (Truth.isTruthy(pred.invoke(x))) {
          Object v = retf == null ? x : retf.invoke(rf.invoke(acc), x);
          return new Reduced(PersistentArrayMap.create(HALT, v));
        }
        return rf.invoke(acc, x);
      }
    });
  }

  static Object unreduced(Object x) {
    return x instanceof Reduced ? ((Reduced) x).deref() : x;
  }

  /** {@code (completing f cf)}: {@code f} with {@code cf} as its completion arity. */
  static Fn completing(Fn f, Fn cf) {
    return new AFn() {
      @Override
      public Object invoke() {
        return f.invoke();
      }

      @Override
      public Object invoke(Object acc) {
        return cf.invoke(acc);
      }

      @Override
      public Object invoke(Object acc, Object x) {
        return f.invoke(acc, x);
      }
    };
  }

  /** {@code (transduce xform f init coll)}. */
  static Object transduce(Fn xform, Fn f, Object init, Object coll) {
    Fn rf = (Fn) xform.invoke(f);
    return rf.invoke(Seqs.reduce(rf, init, coll));
  }
}
