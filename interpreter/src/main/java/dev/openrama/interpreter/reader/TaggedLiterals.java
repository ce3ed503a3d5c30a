package dev.openrama.interpreter.reader;

import dev.openrama.runtime.data.RamaException;
import dev.openrama.runtime.data.SourceSpan;
import dev.openrama.runtime.data.Symbol;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code #tag form}: the built-in {@code #inst} (RFC 3339, read into {@link Date} as
 * {@code clojure.instant} does) and {@code #uuid}, then the context's data readers.
 */
final class TaggedLiterals {
  // clojure.instant/timestamp
  private static final Pattern TIMESTAMP =
      Pattern.compile(
          "(\\d\\d\\d\\d)(?:-(\\d\\d)(?:-(\\d\\d)(?:[T](\\d\\d)(?::(\\d\\d)(?::(\\d\\d)"
              + "(?:[.](\\d+))?)?)?)?)?)?(?:[Z]|([-+])(\\d\\d):(\\d\\d))?");
  private static final int[] DAYS_IN_MONTH = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

  private TaggedLiterals() {}

  static Object read(Symbol tag, Object value, ReaderContext ctx, SourceSpan at) {
    if (tag.getNamespace() == null) {
      if (tag.getName().equals("inst")) {
        if (!(value instanceof String)) {
          throw ReadErrors.tagged(at, "Instance literal expects a string for its timestamp.", null);
        }
        return instant((String) value, at);
      }
      if (tag.getName().equals("uuid")) {
        if (!(value instanceof String)) {
          throw ReadErrors.tagged(at, "UUID literal expects a string as its representation.", null);
        }
        try {
          return UUID.fromString((String) value);
        } catch (IllegalArgumentException e) {
          throw ReadErrors.tagged(at, "Invalid UUID string: " + value, e);
        }
      }
    }
    Function<Object, Object> reader = ctx.dataReader(tag);
    if (reader == null) {
      throw ReadErrors.noReaderFunction(at, tag);
    }
    try {
      return reader.apply(value);
    } catch (RamaException e) {
      throw e;
    } catch (RuntimeException e) {
      throw ReadErrors.tagged(
          at, "Reader function for tag " + tag + " failed: " + e.getMessage(), e);
    }
  }

  /** clojure.instant/parse-timestamp, validated, then read-instant-date. */
  static Date instant(String s, SourceSpan at) {
    Matcher m = TIMESTAMP.matcher(s);
    if (!m.matches()) {
      throw ReadErrors.tagged(at, "Unrecognized date/time syntax: " + s, null);
    }
    int years = Integer.parseInt(m.group(1));
    int months = field(m.group(2), 1);
    int days = field(m.group(3), 1);
    int hours = field(m.group(4), 0);
    int minutes = field(m.group(5), 0);
    int seconds = field(m.group(6), 0);
    int nanos = 0;
    if (m.group(7) != null) {
      String frac = (m.group(7) + "000000000").substring(0, 9);
      nanos = Integer.parseInt(frac);
    }
    int sign = "-".equals(m.group(8)) ? -1 : 1;
    int offsetHours = field(m.group(9), 0);
    int offsetMinutes = field(m.group(10), 0);
    boolean leap = years % 4 == 0 && (years % 100 != 0 || years % 400 == 0);
    check(1 <= months && months <= 12, "(<= 1 months 12)", at);
    int monthDays = months == 2 && leap ? 29 : DAYS_IN_MONTH[months - 1];
    check(1 <= days && days <= monthDays, "(<= 1 days (days-in-month months leap-year?))", at);
    check(hours <= 23, "(<= 0 hours 23)", at);
    check(minutes <= 59, "(<= 0 minutes 59)", at);
    check(seconds <= (minutes == 59 ? 60 : 59),
        "(<= 0 seconds (if (= minutes 59) 60 59))", at);
    check(offsetHours <= 23, "(<= 0 offset-hours 23)", at);
    check(offsetMinutes <= 59, "(<= 0 offset-minutes 59)", at);
    Calendar cal = new GregorianCalendar(TimeZone.getTimeZone("GMT"));
    cal.clear();
    cal.set(Calendar.YEAR, years);
    cal.set(Calendar.MONTH, months - 1);
    cal.set(Calendar.DAY_OF_MONTH, days);
    cal.set(Calendar.HOUR_OF_DAY, hours);
    cal.set(Calendar.MINUTE, minutes);
    cal.set(Calendar.SECOND, seconds);
    cal.set(Calendar.MILLISECOND, nanos / 1_000_000);
    long offsetMillis = sign * (offsetHours * 60L + offsetMinutes) * 60_000L;
    return new Date(cal.getTimeInMillis() - offsetMillis);
  }

  private static int field(String g, int dflt) {
    return g == null ? dflt : Integer.parseInt(g);
  }

  private static void check(boolean ok, String test, SourceSpan at) {
    if (!ok) {
      throw ReadErrors.tagged(at, "failed: " + test, null);
    }
  }
}
