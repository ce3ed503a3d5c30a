package dev.openrama.stdlib.core;

import dev.openrama.runtime.data.NumberCasts;
import dev.openrama.runtime.data.Numbers;

/**
 * Numeric coercions and the int-sized unchecked arithmetic: {@code int long double float short
 * byte char num bigint biginteger bigdec unchecked-int unchecked-add-int ...}.
 */
final class CastFns {
  private CastFns() {}

  static void install(CoreInstaller c) {
    c.builtin("long").with(x -> NumberCasts.longCast(x));
    c.builtin("int").with(x -> {
      if (!(x instanceof Number) && !(x instanceof Character)) {
        throw TransientFns.castError(x, "java.lang.Character");
      }
      return NumberCasts.intCast(x);
    });
    c.builtin("double").with(x -> NumberCasts.doubleCast(x));
    c.builtin("float").with(x -> NumberCasts.floatCast(x));
    c.builtin("char").with(x -> {
      if (!(x instanceof Number) && !(x instanceof Character)) {
        throw TransientFns.castError(x, "java.lang.Number");
      }
      return NumberCasts.charCast(x);
    });
    c.builtin("short").with(x -> {
      long n = x instanceof Double || x instanceof Float ? checkedDouble(x, "short")
          : NumberCasts.longCast(x);
      if (n < Short.MIN_VALUE || n > Short.MAX_VALUE) {
        throw new IllegalArgumentException("Value out of range for short: " + x);
      }
      return (short) n;
    });
    c.builtin("byte").with(x -> {
      long n = x instanceof Double || x instanceof Float ? checkedDouble(x, "byte")
          : NumberCasts.longCast(x);
      if (n < Byte.MIN_VALUE || n > Byte.MAX_VALUE) {
        throw new IllegalArgumentException("Value out of range for byte: " + x);
      }
      return (byte) n;
    });
    c.builtin("num").with(x -> {
      if (x instanceof Number) {
        return x;
      }
      throw new ClassCastException("class " + (x == null ? "nil" : x.getClass().getName())
          + " cannot be cast to class java.lang.Number");
    });
    c.builtin("bigint").with(NumberCasts::toBigInteger);
    c.builtin("biginteger").with(NumberCasts::toBigInteger);
    c.builtin("bigdec").with(NumberCasts::toBigDecimal);
    c.builtin("unchecked-long").with(x -> NumberCasts.uncheckedLongCast(x));
    c.builtin("unchecked-int").with(x -> NumberCasts.uncheckedIntCast(x));
    c.builtin("unchecked-short").with(x -> (short) NumberCasts.uncheckedLongCast(x));
    c.builtin("unchecked-byte").with(x -> (byte) NumberCasts.uncheckedLongCast(x));
    c.builtin("unchecked-char").with(x -> (char) NumberCasts.uncheckedLongCast(x));
    c.builtin("unchecked-double").with(x -> ((Number) x).doubleValue());
    c.builtin("unchecked-float").with(x -> ((Number) x).floatValue());
    c.builtin("unchecked-add-int").with((a, b) -> i(a) + i(b));
    c.builtin("unchecked-subtract-int").with((a, b) -> i(a) - i(b));
    c.builtin("unchecked-multiply-int").with((a, b) -> i(a) * i(b));
    c.builtin("unchecked-divide-int").with((a, b) -> i(a) / i(b));
    c.builtin("unchecked-remainder-int").with((a, b) -> i(a) % i(b));
    c.builtin("unchecked-inc-int").with(a -> i(a) + 1);
    c.builtin("unchecked-dec-int").with(a -> i(a) - 1);
    c.builtin("unchecked-negate-int").with(a -> -i(a));
    c.builtin("unchecked-divide").with((a, b) -> Numbers.quotient(a, b));
    c.builtin("unchecked-remainder").with((a, b) -> Numbers.remainder(a, b));
    c.builtin("pos-int?").with(x -> isFixed(x) && ((Number) x).longValue() > 0);
    c.builtin("neg-int?").with(x -> isFixed(x) && ((Number) x).longValue() < 0);
    c.builtin("nat-int?").with(x -> isFixed(x) && ((Number) x).longValue() >= 0);
    c.builtin("infinite?").with(x -> x instanceof Double && ((Double) x).isInfinite()
        || x instanceof Float && ((Float) x).isInfinite());
    c.builtin("number?").with(x -> x instanceof Number);
  }

  private static boolean isFixed(Object x) {
    return x instanceof Long || x instanceof Integer || x instanceof Short
        || x instanceof Byte;
  }

  private static int i(Object x) {
    return NumberCasts.uncheckedIntCast(x);
  }

  private static long checkedDouble(Object x, String type) {
    double d = ((Number) x).doubleValue();
    if (d < Long.MIN_VALUE || d > Long.MAX_VALUE) {
      throw new IllegalArgumentException("Value out of range for " + type + ": " + x);
    }
    return (long) d;
  }
}
