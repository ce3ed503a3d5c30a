package dev.openrama.stdlib.core;

import dev.openrama.interpreter.Context;
import dev.openrama.interpreter.Namespace;
import dev.openrama.interpreter.analyzer.Intrinsics;
import dev.openrama.interpreter.node.GuardedCallNode;
import dev.openrama.runtime.data.Equality;
import dev.openrama.runtime.data.Lookups;
import dev.openrama.runtime.data.Numbers;
import dev.openrama.runtime.data.Seqs;
import dev.openrama.runtime.data.Symbol;
import dev.openrama.runtime.data.Truth;

/**
 * The hot calls the analyzer compiles inline (see {@link Intrinsics}): arithmetic and
 * comparisons ({@code (+ a b)}, {@code (< a b)}, {@code (inc x)}), and seq and lookup basics
 * ({@code first next rest seq count get nil? not ...}) skip the generic call path while
 * {@code clojure.core}'s function is in place. Each operation is written out as its own node
 * class on purpose: one class per operation keeps every call site monomorphic for the JIT.
 */
final class CoreIntrinsics {
  private CoreIntrinsics() {}

  static void install(Context ctx, Namespace core) {
    binary(ctx, core, "+", (at, v, expected, a) ->
        new GuardedCallNode.Binary(at, v, expected, a[0], a[1]) {
      @Override
      protected Object compute(Object x, Object y) {
        return Numbers.add(x, y);
      }
    });
    binary(ctx, core, "-", (at, v, expected, a) ->
        new GuardedCallNode.Binary(at, v, expected, a[0], a[1]) {
      @Override
      protected Object compute(Object x, Object y) {
        return Numbers.minus(x, y);
      }
    });
    binary(ctx, core, "*", (at, v, expected, a) ->
        new GuardedCallNode.Binary(at, v, expected, a[0], a[1]) {
      @Override
      protected Object compute(Object x, Object y) {
        return Numbers.multiply(x, y);
      }
    });
    binary(ctx, core, "<", (at, v, expected, a) ->
        new GuardedCallNode.Binary(at, v, expected, a[0], a[1]) {
      @Override
      protected Object compute(Object x, Object y) {
        return Numbers.lt(x, y);
      }
    });
    binary(ctx, core, ">", (at, v, expected, a) ->
        new GuardedCallNode.Binary(at, v, expected, a[0], a[1]) {
      @Override
      protected Object compute(Object x, Object y) {
        return Numbers.gt(x, y);
      }
    });
    binary(ctx, core, "<=", (at, v, expected, a) ->
        new GuardedCallNode.Binary(at, v, expected, a[0], a[1]) {
      @Override
      protected Object compute(Object x, Object y) {
        return Numbers.lte(x, y);
      }
    });
    binary(ctx, core, ">=", (at, v, expected, a) ->
        new GuardedCallNode.Binary(at, v, expected, a[0], a[1]) {
      @Override
      protected Object compute(Object x, Object y) {
        return Numbers.gte(x, y);
      }
    });
    binary(ctx, core, "==", (at, v, expected, a) ->
        new GuardedCallNode.Binary(at, v, expected, a[0], a[1]) {
      @Override
      protected Object compute(Object x, Object y) {
        return Numbers.equiv(x, y);
      }
    });
    binary(ctx, core, "=", (at, v, expected, a) ->
        new GuardedCallNode.Binary(at, v, expected, a[0], a[1]) {
      @Override
      protected Object compute(Object x, Object y) {
        return Equality.equiv(x, y);
      }
    });
    unary(ctx, core, "inc", (at, v, expected, a) ->
        new GuardedCallNode.Unary(at, v, expected, a[0]) {
      @Override
      protected Object compute(Object x) {
        return Numbers.inc(x);
      }
    });
    unary(ctx, core, "dec", (at, v, expected, a) ->
        new GuardedCallNode.Unary(at, v, expected, a[0]) {
      @Override
      protected Object compute(Object x) {
        return Numbers.dec(x);
      }
    });
    binary(ctx, core, "get", (at, v, expected, a) ->
        new GuardedCallNode.Binary(at, v, expected, a[0], a[1]) {
          @Override
          protected Object compute(Object x, Object y) {
            return Lookups.get(x, y);
          }
        });
    unary(ctx, core, "first", (at, v, expected, a) ->
        new GuardedCallNode.Unary(at, v, expected, a[0]) {
          @Override
          protected Object compute(Object x) {
            return Seqs.first(x);
          }
        });
    unary(ctx, core, "next", (at, v, expected, a) ->
        new GuardedCallNode.Unary(at, v, expected, a[0]) {
          @Override
          protected Object compute(Object x) {
            return Seqs.next(x);
          }
        });
    unary(ctx, core, "rest", (at, v, expected, a) ->
        new GuardedCallNode.Unary(at, v, expected, a[0]) {
          @Override
          protected Object compute(Object x) {
            return Seqs.more(x);
          }
        });
    unary(ctx, core, "seq", (at, v, expected, a) ->
        new GuardedCallNode.Unary(at, v, expected, a[0]) {
          @Override
          protected Object compute(Object x) {
            return Seqs.seq(x);
          }
        });
    unary(ctx, core, "nil?", (at, v, expected, a) ->
        new GuardedCallNode.Unary(at, v, expected, a[0]) {
          @Override
          protected Object compute(Object x) {
            return x == null;
          }
        });
    unary(ctx, core, "some?", (at, v, expected, a) ->
        new GuardedCallNode.Unary(at, v, expected, a[0]) {
          @Override
          protected Object compute(Object x) {
            return x != null;
          }
        });
    unary(ctx, core, "not", (at, v, expected, a) ->
        new GuardedCallNode.Unary(at, v, expected, a[0]) {
          @Override
          protected Object compute(Object x) {
            return !Truth.isTruthy(x);
          }
        });
    unary(ctx, core, "zero?", (at, v, expected, a) ->
        new GuardedCallNode.Unary(at, v, expected, a[0]) {
          @Override
          protected Object compute(Object x) {
            return Numbers.isZero(x);
          }
        });
    unary(ctx, core, "pos?", (at, v, expected, a) ->
        new GuardedCallNode.Unary(at, v, expected, a[0]) {
          @Override
          protected Object compute(Object x) {
            return Numbers.isPos(x);
          }
        });
    unary(ctx, core, "neg?", (at, v, expected, a) ->
        new GuardedCallNode.Unary(at, v, expected, a[0]) {
          @Override
          protected Object compute(Object x) {
            return Numbers.isNeg(x);
          }
        });
    unary(ctx, core, "count", (at, v, expected, a) ->
        new GuardedCallNode.Unary(at, v, expected, a[0]) {
          @Override
          protected Object compute(Object x) {
            return AggregateFns.count(x);
          }
        });
  }

  private static void binary(Context ctx, Namespace core, String name, Intrinsics.Factory f) {
    ctx.intrinsics().register(core.findInterned(Symbol.intern(null, name)), 2, f);
  }

  private static void unary(Context ctx, Namespace core, String name, Intrinsics.Factory f) {
    ctx.intrinsics().register(core.findInterned(Symbol.intern(null, name)), 1, f);
  }
}
