package dev.openrama.runtime.data.path;

import dev.openrama.runtime.data.PersistentVector;
import dev.openrama.runtime.data.Printer;
import dev.openrama.runtime.data.Reduced;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code (regex-nav re)}, and regexes in a path: each match in a string (the matched text, or a
 * vector of it and its groups, as {@code re-seq}); transforming replaces each match.
 */
public final class RegexNavigator implements Navigator {
  private final Pattern re;

  public RegexNavigator(Pattern re) {
    this.re = re;
  }

  private static Object match(Matcher m) {
    if (m.groupCount() == 0) {
      return m.group();
    }
    Object[] groups = new Object[m.groupCount() + 1];
    for (int i = 0; i <= m.groupCount(); i++) {
      groups[i] = m.group(i);
    }
    return PersistentVector.of(groups);
  }

  private String text(Object s) {
    if (!(s instanceof CharSequence)) {
      throw PathException.cannot(this, "navigate", s);
    }
    return s.toString();
  }

  @Override
  public Object select(Object vals, Object structure, Next next) {
    Matcher m = re.matcher(text(structure));
    while (m.find()) {
      Object r = next.apply(vals, match(m));
      if (r instanceof Reduced) {
        return r;
      }
    }
    return null;
  }

  @Override
  public Object transform(Object vals, Object structure, Next next) {
    Matcher m = re.matcher(text(structure));
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      Object r = next.apply(vals, match(m));
      m.appendReplacement(sb, Matcher.quoteReplacement(
          r == Paths.NONE ? "" : Printer.str(r)));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  @Override
  public String describe() {
    return "(regex-nav #\"" + re.pattern() + "\")";
  }
}
