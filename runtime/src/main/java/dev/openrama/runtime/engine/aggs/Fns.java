package dev.openrama.runtime.engine.aggs;

import dev.openrama.runtime.data.AFn;
import dev.openrama.runtime.data.Fn;
import java.util.function.BinaryOperator;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/** Small named functions for the built-in aggregators' init and combine functions. */
final class Fns {
  private Fns() {}

  static Fn of0(String name, Supplier<Object> f) {
    return new AFn() {
      @Override
      public Object invoke() {
        return f.get();
      }

      @Override
      public String fnName() {
        return name;
      }
    };
  }

  static Fn constant(String name, Object v) {
    return of0(name, () -> v);
  }

  static Fn of1(String name, UnaryOperator<Object> f) {
    return new AFn() {
      @Override
      public Object invoke(Object a) {
        return f.apply(a);
      }

      @Override
      public String fnName() {
        return name;
      }
    };
  }

  static Fn of2(String name, BinaryOperator<Object> f) {
    return new AFn() {
      @Override
      public Object invoke(Object a, Object b) {
        return f.apply(a, b);
      }

      @Override
      public String fnName() {
        return name;
      }
    };
  }
}
