package dev.openrama.repl;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Colours Clojure text for a terminal, by token: strings and characters, keywords, numbers,
 * {@code nil}/{@code true}/{@code false}, comments. Used for printed results and, as the line
 * editor's highlighter, for input as it is typed. Stateless.
 */
final class Colorizer {
  static final AttributedStyle STRING = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
  static final AttributedStyle KEYWORD =
      AttributedStyle.DEFAULT.foreground(AttributedStyle.MAGENTA);
  static final AttributedStyle NUMBER = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
  static final AttributedStyle CONSTANT =
      AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);
  static final AttributedStyle COMMENT = AttributedStyle.DEFAULT.foreground(AttributedStyle.BLACK)
      .bold();
  static final AttributedStyle ERROR = AttributedStyle.DEFAULT.foreground(AttributedStyle.RED);

  private Colorizer() {}

  static AttributedString colorize(String text) {
    AttributedStringBuilder sb = new AttributedStringBuilder();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == ';') {
        int end = text.indexOf('\n', i);
        end = end < 0 ? n : end;
        sb.styled(COMMENT, text.substring(i, end));
        i = end;
      } else if (c == '"') {
        int end = stringEnd(text, i);
        sb.styled(STRING, text.substring(i, end));
        i = end;
      } else if (c == '\\' && i + 1 < n) {
        int end = tokenEnd(text, i + 2);
        sb.styled(STRING, text.substring(i, end));
        i = end;
      } else if (isDelimiter(c)) {
        sb.append(c);
        i++;
      } else {
        int end = tokenEnd(text, i + 1);
        String tok = text.substring(i, end);
        AttributedStyle style = styleOf(tok);
        if (style == null) {
          sb.append(tok);
        } else {
          sb.styled(style, tok);
        }
        i = end;
      }
    }
    return sb.toAttributedString();
  }

  private static AttributedStyle styleOf(String tok) {
    char c = tok.charAt(0);
    if (c == ':') {
      return KEYWORD;
    }
    if (Character.isDigit(c) || ((c == '-' || c == '+') && tok.length() > 1
        && Character.isDigit(tok.charAt(1)))) {
      return NUMBER;
    }
    if (tok.equals("nil") || tok.equals("true") || tok.equals("false")) {
      return CONSTANT;
    }
    return null;
  }

  /** The end of the string literal starting at {@code start} (its text if unterminated). */
  private static int stringEnd(String text, int start) {
    int i = start + 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == '"') {
        return i + 1;
      } else {
        i++;
      }
    }
    return text.length();
  }

  private static int tokenEnd(String text, int from) {
    int i = Math.min(from, text.length());
    while (i < text.length() && !isDelimiter(text.charAt(i)) && text.charAt(i) != '"'
        && text.charAt(i) != ';') {
      i++;
    }
    return i;
  }

  private static boolean isDelimiter(char c) {
    return Character.isWhitespace(c) || c == ',' || c == '(' || c == ')' || c == '['
        || c == ']' || c == '{' || c == '}' || c == '\'' || c == '`' || c == '~' || c == '@'
        || c == '^' || c == '#';
  }
}
