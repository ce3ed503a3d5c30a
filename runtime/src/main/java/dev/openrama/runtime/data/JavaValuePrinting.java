package dev.openrama.runtime.data;

import java.sql.Timestamp;
import java.text.SimpleDateFormat;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;
import java.util.TimeZone;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Clojure's print methods for JDK types: {@code #"regex"}, {@code #uuid}, {@code #inst} for
 * dates, timestamps and calendars, class names, and Java collections (readable: like the
 * language's collections; otherwise Clojure's {@code #object[...]}).
 */
final class JavaValuePrinting {
  private JavaValuePrinting() {}

  /** Prints {@code x} if it is one of these types; false if it is not. */
  static boolean print(Object x, Printer p) {
    if (x instanceof Pattern) {
      printPattern(((Pattern) x).pattern(), p);
    } else if (x instanceof UUID) {
      p.write("#uuid \"").write(x.toString()).write('"');
    } else if (x instanceof Timestamp) {
      Timestamp ts = (Timestamp) x;
      p.write("#inst \"").write(utcFormat("yyyy-MM-dd'T'HH:mm:ss").format(ts));
      p.write(String.format(Locale.ROOT, ".%09d-00:00", ts.getNanos())).write('"');
    } else if (x instanceof Date) {
      p.write("#inst \"").write(utcFormat("yyyy-MM-dd'T'HH:mm:ss.SSS-00:00").format((Date) x));
      p.write('"');
    } else if (x instanceof Calendar) {
      String s = String.format(Locale.ROOT, "%1$tFT%1$tT.%1$tL%1$tz", x);
      int offset = s.length() - 2;
      p.write("#inst \"").write(s.substring(0, offset)).write(':').write(s.substring(offset));
      p.write('"');
    } else if (x instanceof Class) {
      p.write(ClojureNames.of((Class<?>) x));
    } else if (x instanceof Map || x instanceof Set || x instanceof List) {
      printJavaCollection(x, p);
    } else {
      return false;
    }
    return true;
  }

  private static void printJavaCollection(Object x, Printer p) {
    if (!p.readably()) {
      p.printObject(x, x.getClass().getName());
    } else if (x instanceof Map) {
      p.printEntries("", ((Map<?, ?>) x).entrySet().iterator());
    } else if (x instanceof Set) {
      p.printSequential("#{", ((Set<?>) x).iterator(), " ", "}");
    } else if (x instanceof RandomAccess) {
      p.printSequential("[", ((List<?>) x).iterator(), " ", "]");
    } else {
      p.printSequential("(", ((List<?>) x).iterator(), " ", ")");
    }
  }

  /** Clojure's regex printing: quotes escaped, also inside {@code \Q...\E}. */
  private static void printPattern(String pattern, Printer p) {
    p.write("#\"");
    boolean quoting = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\' && i + 1 < pattern.length()) {
        char c2 = pattern.charAt(++i);
        p.write('\\').write(c2);
        quoting = quoting ? c2 != 'E' : c2 == 'Q';
      } else if (c == '"') {
        p.write(quoting ? "\\E\\\"\\Q" : "\\\"");
      } else {
        p.write(c);
      }
    }
    p.write('"');
  }

  private static SimpleDateFormat utcFormat(String pattern) {
    // SimpleDateFormat (not java.time) so old dates use the Julian calendar, as Clojure's do.
    SimpleDateFormat f = new SimpleDateFormat(pattern, Locale.ROOT);
    f.setTimeZone(TimeZone.getTimeZone("GMT"));
    return f;
  }
}
