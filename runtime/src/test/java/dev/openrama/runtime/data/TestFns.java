package dev.openrama.runtime.data;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/** Small {@link Fn} adapters for tests. */
final class TestFns {
  private TestFns() {}

  interface F3 {
    Object apply(Object a, Object b, Object c);
  }

  static Fn fn0(Supplier<Object> f) {
    return new AFn() {
      @Override
      public Object invoke() {
        return f.get();
      }
    };
  }

  static Fn fn1(Function<Object, Object> f) {
    return new AFn() {
      @Override
      public Object invoke(Object a) {
        return f.apply(a);
      }
    };
  }

  static Fn fn2(BiFunction<Object, Object, Object> f) {
    return new AFn() {
      @Override
      public Object invoke(Object a, Object b) {
        return f.apply(a, b);
      }
    };
  }

  static Fn fn3(F3 f) {
    return new AFn() {
      @Override
      public Object invoke(Object a, Object b, Object c) {
        return f.apply(a, b, c);
      }
    };
  }

  /** {@code +} on longs, with the zero-argument identity. */
  static final Fn PLUS =
      new AFn() {
        @Override
        public Object invoke() {
          return 0L;
        }

        @Override
        public Object invoke(Object a, Object b) {
          return ((Number) a).longValue() + ((Number) b).longValue();
        }
      };

  static Keyword kw(String name) {
    return Keyword.intern(name);
  }

  static PersistentVector vec(Object... xs) {
    return PersistentVector.of(xs);
  }

  static PersistentList list(Object... xs) {
    return PersistentList.of(xs);
  }

  static MapColl map(Object... kvs) {
    return PersistentArrayMap.create(kvs);
  }
}
