package dev.openrama.runtime.data.codec;

import dev.openrama.runtime.data.Equality;
import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.Named;
import dev.openrama.runtime.data.Ratio;
import dev.openrama.runtime.data.Seqs;
import dev.openrama.runtime.data.Symbol;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Comparator;
import java.util.Iterator;
import java.util.UUID;

/**
 * The key order of SPEC 2.5 written directly on values, independently of the encoding: the
 * reference the key codec's byte order is checked against.
 */
final class KeyOrderModel implements Comparator<Object> {
  static final KeyOrderModel INSTANCE = new KeyOrderModel();

  private static int rank(Object o) {
    if (o == null) return 0;
    if (o instanceof Boolean) return 1;
    if (o instanceof Number) return 2;
    if (o instanceof Character) return 3;
    if (o instanceof String) return 4;
    if (o instanceof Keyword) return 5;
    if (o instanceof Symbol) return 6;
    if (o instanceof UUID) return 7;
    if (Seqs.isSequential(o)) return 8;
    throw new IllegalArgumentException("no model order for " + o.getClass());
  }

  @Override
  public int compare(Object a, Object b) {
    int ra = rank(a);
    int rb = rank(b);
    if (ra != rb) {
      return Integer.compare(ra, rb);
    }
    switch (ra) {
      case 0: return 0;
      case 1: return Boolean.compare((Boolean) a, (Boolean) b);
      case 2: return compareNumbers((Number) a, (Number) b);
      case 3: return Character.compare((Character) a, (Character) b);
      case 4: return compareCodePoints((String) a, (String) b);
      case 5: case 6: return compareNamed((Named) a, (Named) b);
      case 7: return ((UUID) a).compareTo((UUID) b);
      default: {
        Iterator<Object> x = Seqs.iterator(a);
        Iterator<Object> y = Seqs.iterator(b);
        while (x.hasNext() && y.hasNext()) {
          int c = compare(x.next(), y.next());
          if (c != 0) return c;
        }
        return Boolean.compare(x.hasNext(), y.hasNext());
      }
    }
  }

  private static int compareNamed(Named a, Named b) {
    if (a.getNamespace() == null || b.getNamespace() == null) {
      int c = Boolean.compare(a.getNamespace() != null, b.getNamespace() != null);
      if (c != 0) return c;
    } else {
      int c = compareCodePoints(a.getNamespace(), b.getNamespace());
      if (c != 0) return c;
    }
    return compareCodePoints(a.getName(), b.getName());
  }

  static int compareCodePoints(String a, String b) {
    int[] x = a.codePoints().toArray();
    int[] y = b.codePoints().toArray();
    return java.util.Arrays.compare(x, y);
  }

  /** -Inf < finite (exactly, ties by category) < +Inf < NaN. */
  private static int compareNumbers(Number a, Number b) {
    int c = Integer.compare(numClass(a), numClass(b));
    if (c != 0 || numClass(a) != 1) {
      return c != 0 ? c : 0;
    }
    BigInteger[] x = exact(a);
    BigInteger[] y = exact(b);
    c = x[0].multiply(y[1]).compareTo(y[0].multiply(x[1]));
    if (c != 0) return c;
    return Integer.compare(Equality.category(a).ordinal() == 0 ? 0 : catRank(a), catRank(b));
  }

  private static int catRank(Number n) {
    switch (Equality.category(n)) {
      case INTEGER: return 0;
      case RATIO: return 1;
      case DECIMAL: return 2;
      default: return 3;
    }
  }

  private static int numClass(Number n) {
    double d = n.doubleValue();
    if ((n instanceof Double || n instanceof Float) && Double.isNaN(d)) return 3;
    if ((n instanceof Double || n instanceof Float) && Double.isInfinite(d)) return d > 0 ? 2 : 0;
    return 1;
  }

  private static BigInteger[] exact(Number n) {
    if (n instanceof Ratio) {
      return new BigInteger[] {((Ratio) n).numerator, ((Ratio) n).denominator};
    }
    BigDecimal d;
    if (n instanceof BigDecimal) {
      d = (BigDecimal) n;
    } else if (n instanceof Double || n instanceof Float) {
      d = new BigDecimal(n.doubleValue());
    } else if (n instanceof BigInteger) {
      d = new BigDecimal((BigInteger) n);
    } else {
      d = BigDecimal.valueOf(n.longValue());
    }
    if (d.scale() <= 0) {
      return new BigInteger[] {d.toBigIntegerExact(), BigInteger.ONE};
    }
    return new BigInteger[] {d.unscaledValue(), BigInteger.TEN.pow(d.scale())};
  }
}
