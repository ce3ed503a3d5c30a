package dev.openrama.stdlib.core;

import dev.openrama.runtime.data.CharNames;
import dev.openrama.runtime.data.Cons;
import dev.openrama.runtime.data.Seqs;
import dev.openrama.runtime.data.PersistentVector;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strings, characters and regular expressions in {@code clojure.core}: {@code subs format
 * re-pattern re-matcher re-find re-matches re-seq re-groups parse-long parse-double
 * parse-boolean parse-uuid random-uuid char-escape-string char-name-string}.
 */
final class TextFns {
  private TextFns() {}

  static void install(CoreInstaller c) {
    c.builtin("subs").with((s, start) -> ((String) s).substring(((Number) start).intValue()))
        .with((s, start, end) -> ((String) s).substring(((Number) start).intValue(),
            ((Number) end).intValue()));
    c.builtin("format").variadic(1, args -> format((String) args[0],
        java.util.Arrays.copyOfRange(args, 1, args.length)));
    c.builtin("re-pattern").with(s -> s instanceof Pattern ? s : Pattern.compile((String) s));
    c.builtin("re-matcher").with((re, s) -> ((Pattern) re).matcher((CharSequence) s));
    c.builtin("re-groups").with(m -> groups((Matcher) m));
    c.builtin("re-find").with(m -> ((Matcher) m).find() ? groups((Matcher) m) : null)
        .with((re, s) -> {
          Matcher m = ((Pattern) re).matcher((CharSequence) s);
          return m.find() ? groups(m) : null;
        });
    c.builtin("re-matches").with((re, s) -> {
      Matcher m = ((Pattern) re).matcher((CharSequence) s);
      return m.matches() ? groups(m) : null;
    });
    c.builtin("re-seq").with((re, s) -> reSeq(((Pattern) re).matcher((CharSequence) s)));
    c.builtin("parse-long").with(s -> {
      try {
        return Long.valueOf(expectString(s));
      } catch (NumberFormatException e) {
        return null;
      }
    });
    c.builtin("parse-double").with(s -> {
      try {
        return Double.valueOf(expectString(s));
      } catch (NumberFormatException e) {
        return null;
      }
    });
    c.builtin("parse-boolean").with(s -> {
      String t = expectString(s);
      return "true".equals(t) ? Boolean.TRUE : "false".equals(t) ? Boolean.FALSE : null;
    });
    c.builtin("parse-uuid").with(s -> {
      try {
        return UUID.fromString((String) s);
      } catch (IllegalArgumentException e) {
        return null;
      }
    });
    c.builtin("random-uuid").with(() -> UUID.randomUUID());
    c.builtin("uuid?").with(x -> x instanceof UUID);
    c.builtin("char-escape-string").with(ch -> escape((Character) ch));
    c.builtin("char-name-string").with(ch -> CharNames.nameOf((Character) ch));
  }

  static String format(String fmt, Object[] args) {
    return String.format(fmt, args);
  }

  private static String expectString(Object s) {
    if (s instanceof String) {
      return (String) s;
    }
    throw new IllegalArgumentException("Expected string, got "
        + (s == null ? "nil" : s.getClass().getName()));
  }

  private static String escape(char c) {
    switch (c) {
      case '\n':
        return "\\n";
      case '\t':
        return "\\t";
      case '\r':
        return "\\r";
      case '"':
        return "\\\"";
      case '\\':
        return "\\\\";
      case '\f':
        return "\\f";
      case '\b':
        return "\\b";
      default:
        return null;
    }
  }

  static Object groups(Matcher m) {
    int n = m.groupCount();
    if (n == 0) {
      return m.group();
    }
    Object[] out = new Object[n + 1];
    for (int i = 0; i <= n; i++) {
      out[i] = m.group(i);
    }
    return PersistentVector.adopt(out);
  }

  /** The first match is found eagerly, so no match at all is {@code nil}, as in Clojure. */
  private static Object reSeq(Matcher m) {
    return m.find() ? new Cons(groups(m), Lazy.seq(() -> Seqs.seq(reSeq(m)))) : null;
  }
}
