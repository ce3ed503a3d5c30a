package dev.openrama.runtime.data;

/**
 * Clojure's character literal names, both ways: the printer's {@code \newline} and the
 * reader's {@code \newline}, {@code \u00e9}, {@code \o101}. Stateless and thread-safe.
 */
public final class CharNames {
  private CharNames() {}

  /** The name a readable print uses for {@code c}, or {@code null} to print it as itself. */
  public static String nameOf(char c) {
    switch (c) {
      case '\n':
        return "newline";
      case '\t':
        return "tab";
      case ' ':
        return "space";
      case '\b':
        return "backspace";
      case '\f':
        return "formfeed";
      case '\r':
        return "return";
      default:
        return null;
    }
  }

  /**
   * The character a literal's token (the text after the backslash) denotes, as Clojure's reader
   * reads it: a single character, a name, {@code uXXXX} (four hex digits, no surrogates) or
   * {@code oNNN} (up to three octal digits, at most 377).
   *
   * @throws IllegalArgumentException with Clojure's message when the token is not a character
   */
  public static char parse(String token) {
    if (token.length() == 1) {
      return token.charAt(0);
    }
    switch (token) {
      case "newline":
        return '\n';
      case "space":
        return ' ';
      case "tab":
        return '\t';
      case "backspace":
        return '\b';
      case "formfeed":
        return '\f';
      case "return":
        return '\r';
      default:
        break;
    }
    if (token.startsWith("u")) {
      char c = (char) digits(token, 4, 16);
      if (c >= '\uD800' && c <= '\uDFFF') {
        throw new IllegalArgumentException(
            "Invalid character constant: \\u" + Integer.toString(c, 16));
      }
      return c;
    }
    if (token.startsWith("o")) {
      int len = token.length() - 1;
      if (len > 3) {
        throw new IllegalArgumentException("Invalid octal escape sequence length: " + len);
      }
      int c = digits(token, len, 8);
      if (c > 0377) {
        throw new IllegalArgumentException("Octal escape sequence must be in range [0, 377].");
      }
      return (char) c;
    }
    throw new IllegalArgumentException("Unsupported character: \\" + token);
  }

  private static int digits(String token, int length, int base) {
    if (token.length() != 1 + length) {
      throw new IllegalArgumentException("Invalid unicode character: \\" + token);
    }
    int uc = 0;
    for (int i = 1; i < token.length(); i++) {
      int d = Character.digit(token.charAt(i), base);
      if (d == -1) {
        throw new IllegalArgumentException("Invalid digit: " + token.charAt(i));
      }
      uc = uc * base + d;
    }
    return uc;
  }
}
