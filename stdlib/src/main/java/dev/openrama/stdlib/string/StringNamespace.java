package dev.openrama.stdlib.string;

import dev.openrama.interpreter.Namespace;
import dev.openrama.runtime.data.Fn;
import dev.openrama.runtime.data.PersistentVector;
import dev.openrama.runtime.data.Seq;
import dev.openrama.runtime.data.Seqs;
import dev.openrama.stdlib.core.CoreInstaller;
import dev.openrama.stdlib.core.TextSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code clojure.string}, with Clojure 1.12's semantics: whitespace is
 * {@link Character#isWhitespace}, {@code split} drops trailing empty strings as Java does, and
 * {@code replace} takes a char, a string or a regex (with a string or function replacement).
 */
public final class StringNamespace {
  private static final Pattern LINES = Pattern.compile("\\r?\\n");

  private StringNamespace() {}

  public static void install(Namespace ns) {
    CoreInstaller c = new CoreInstaller(ns);
    c.builtin("blank?").with(s -> {
      if (s == null) {
        return true;
      }
      CharSequence cs = (CharSequence) s;
      for (int i = 0; i < cs.length(); i++) {
        if (!Character.isWhitespace(cs.charAt(i))) {
          return false;
        }
      }
      return true;
    });
    c.builtin("capitalize").with(x -> {
      String s = x.toString();
      return s.length() < 2 ? s.toUpperCase()
          : s.substring(0, 1).toUpperCase() + s.substring(1).toLowerCase();
    });
    c.builtin("lower-case").with(s -> s.toString().toLowerCase());
    c.builtin("upper-case").with(s -> s.toString().toUpperCase());
    c.builtin("starts-with?").with((s, sub) -> s.toString().startsWith((String) sub));
    c.builtin("ends-with?").with((s, sub) -> s.toString().endsWith((String) sub));
    c.builtin("includes?").with((s, sub) -> s.toString().contains((CharSequence) sub));
    c.builtin("index-of").with((s, v) -> index(s.toString().indexOf(text(v))))
        .with((s, v, from) -> index(s.toString().indexOf(text(v), ((Number) from).intValue())));
    c.builtin("last-index-of").with((s, v) -> index(s.toString().lastIndexOf(text(v))))
        .with((s, v, from) -> index(s.toString().lastIndexOf(text(v),
            ((Number) from).intValue())));
    c.builtin("join").with(coll -> join("", coll))
        .with((sep, coll) -> join(TextSupport.str(sep), coll));
    c.builtin("split").with((s, re) -> PersistentVector.adopt(
        ((Pattern) re).split((CharSequence) s)))
        .with((s, re, limit) -> PersistentVector.adopt(((Pattern) re).split((CharSequence) s,
            ((Number) limit).intValue())));
    c.builtin("split-lines").with(s -> PersistentVector.adopt(LINES.split((CharSequence) s)));
    c.builtin("trim").with(s -> {
      String t = s.toString();
      int end = t.length();
      while (end > 0 && Character.isWhitespace(t.charAt(end - 1))) {
        end--;
      }
      int start = 0;
      while (start < end && Character.isWhitespace(t.charAt(start))) {
        start++;
      }
      return t.substring(start, end);
    });
    c.builtin("triml").with(s -> {
      String t = s.toString();
      int start = 0;
      while (start < t.length() && Character.isWhitespace(t.charAt(start))) {
        start++;
      }
      return t.substring(start);
    });
    c.builtin("trimr").with(s -> {
      String t = s.toString();
      int end = t.length();
      while (end > 0 && Character.isWhitespace(t.charAt(end - 1))) {
        end--;
      }
      return t.substring(0, end);
    });
    c.builtin("trim-newline").with(s -> {
      String t = s.toString();
      int end = t.length();
      while (end > 0 && (t.charAt(end - 1) == '\n' || t.charAt(end - 1) == '\r')) {
        end--;
      }
      return t.substring(0, end);
    });
    c.builtin("reverse").with(s -> new StringBuilder((CharSequence) s).reverse().toString());
    c.builtin("escape").with((s, cmap) -> {
      String t = s.toString();
      StringBuilder sb = new StringBuilder(t.length());
      for (int i = 0; i < t.length(); i++) {
        char ch = t.charAt(i);
        Object r = ((Fn) cmap).invoke(ch);
        if (r == null) {
          sb.append(ch);
        } else {
          sb.append(TextSupport.str(r));
        }
      }
      return sb.toString();
    });
    c.builtin("re-quote-replacement").with(r -> Matcher.quoteReplacement(r.toString()));
    c.builtin("replace").with((s, match, rep) -> replace(s.toString(), match, rep, true));
    c.builtin("replace-first").with((s, match, rep) -> replace(s.toString(), match, rep,
        false));
  }

  private static Object index(int i) {
    return i < 0 ? null : (Object) (long) i;
  }

  private static String text(Object v) {
    return v instanceof Character ? String.valueOf((char) (Character) v) : (String) v;
  }

  private static String join(String sep, Object coll) {
    StringBuilder sb = new StringBuilder();
    boolean first = true;
    for (Seq s = Seqs.seq(coll); s != null; s = s.next()) {
      if (!first) {
        sb.append(sep);
      }
      first = false;
      sb.append(TextSupport.str(s.first()));
    }
    return sb.toString();
  }

  private static String replace(String s, Object match, Object rep, boolean all) {
    if (match instanceof Character) {
      String m = String.valueOf((char) (Character) match);
      String r = String.valueOf((char) (Character) rep);
      return all ? s.replace(m, r) : s.replaceFirst(Pattern.quote(m), Matcher.quoteReplacement(r));
    }
    if (match instanceof CharSequence) {
      String r = rep.toString();
      return all ? s.replace((CharSequence) match, r)
          : s.replaceFirst(Pattern.quote(match.toString()), Matcher.quoteReplacement(r));
    }
    if (match instanceof Pattern) {
      Matcher m = ((Pattern) match).matcher(s);
      if (rep instanceof Fn) {
        StringBuilder sb = new StringBuilder();
        int last = 0;
        while (m.find()) {
          sb.append(s, last, m.start());
          sb.append(TextSupport.str(((Fn) rep).invoke(TextSupport.groups(m))));
          last = m.end();
          if (!all) {
            break;
          }
        }
        sb.append(s, last, s.length());
        return sb.toString();
      }
      return all ? m.replaceAll(rep.toString()) : m.replaceFirst(rep.toString());
    }
    throw new IllegalArgumentException("Invalid match arg: " + match);
  }
}
