package dev.openrama.runtime.data;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;

/**
 * A minimal readable printer behind the collections' {@code toString}, close to Clojure's
 * {@code pr-str} for the core value types. The language's printer (with *print-length*, records
 * and the rest) lives elsewhere; this one exists so the data package stands alone. Stateless and
 * thread-safe.
 */
final class SimplePrinter {
  private SimplePrinter() {}

  static String print(Object o) {
    StringBuilder sb = new StringBuilder();
    print(o, sb);
    return sb.toString();
  }

  static void print(Object o, StringBuilder sb) {
    if (o == null) {
      sb.append("nil");
    } else if (o instanceof String) {
      printString((String) o, sb);
    } else if (o instanceof Character) {
      printChar((Character) o, sb);
    } else if (o instanceof Double || o instanceof Float) {
      double d = ((Number) o).doubleValue();
      if (Double.isNaN(d)) {
        sb.append("##NaN");
      } else if (Double.isInfinite(d)) {
        sb.append(d > 0 ? "##Inf" : "##-Inf");
      } else {
        sb.append(o);
      }
    } else if (o instanceof BigInteger) {
      sb.append(o).append('N');
    } else if (o instanceof BigDecimal) {
      sb.append(o).append('M');
    } else if (o instanceof VectorColl) {
      printAll("[", (Iterable<?>) iterable(o), "]", sb);
    } else if (o instanceof Map) {
      sb.append('{');
      boolean firstEntry = true;
      for (Map.Entry<?, ?> e : ((Map<?, ?>) o).entrySet()) {
        if (!firstEntry) {
          sb.append(", ");
        }
        firstEntry = false;
        print(e.getKey(), sb);
        sb.append(' ');
        print(e.getValue(), sb);
      }
      sb.append('}');
    } else if (o instanceof java.util.Set) {
      printAll("#{", (Iterable<?>) o, "}", sb);
    } else if (o instanceof Seq || o instanceof Sequential || o instanceof java.util.List) {
      printAll("(", iterable(o), ")", sb);
    } else {
      sb.append(o);
    }
  }

  private static Iterable<?> iterable(Object o) {
    if (o instanceof Iterable) {
      return (Iterable<?>) o;
    }
    return () -> Seqs.iterator(o);
  }

  private static void printAll(String open, Iterable<?> xs, String close, StringBuilder sb) {
    sb.append(open);
    boolean first = true;
    for (Object x : xs) {
      if (!first) {
        sb.append(' ');
      }
      first = false;
      print(x, sb);
    }
    sb.append(close);
  }

  private static void printString(String s, StringBuilder sb) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          sb.append("\\\"");
          break;
        case '\\':
          sb.append("\\\\");
          break;
        case '\n':
          sb.append("\\n");
          break;
        case '\t':
          sb.append("\\t");
          break;
        case '\r':
          sb.append("\\r");
          break;
        case '\f':
          sb.append("\\f");
          break;
        case '\b':
          sb.append("\\b");
          break;
        default:
          sb.append(c);
      }
    }
    sb.append('"');
  }

  private static void printChar(char c, StringBuilder sb) {
    switch (c) {
      case '\n':
        sb.append("\\newline");
        break;
      case '\t':
        sb.append("\\tab");
        break;
      case ' ':
        sb.append("\\space");
        break;
      case '\r':
        sb.append("\\return");
        break;
      case '\f':
        sb.append("\\formfeed");
        break;
      case '\b':
        sb.append("\\backspace");
        break;
      default:
        sb.append('\\').append(c);
    }
  }
}
