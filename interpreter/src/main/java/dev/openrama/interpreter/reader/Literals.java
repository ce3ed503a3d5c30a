package dev.openrama.interpreter.reader;

import dev.openrama.runtime.data.CharNames;
import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.NumberParser;
import dev.openrama.runtime.data.SourceSpan;
import dev.openrama.runtime.data.Symbol;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values of atom tokens: symbols and keywords, numbers, strings, characters. The rules and
 * messages are those of Clojure 1.12's {@code LispReader} ({@code matchSymbol}, {@code
 * StringReader}, {@code readUnicodeChar}; characters go through the runtime's {@link CharNames}).
 *
 * <p>Errors inside a token are positioned with {@code at}, which maps an offset in the token text
 * to its span.
 */
final class Literals {
  private static final Pattern SYMBOL = Pattern.compile("[:]?([\\D&&[^/]].*/)?(/|[\\D&&[^/]][^/]*)");
  private static final Pattern ARRAY_SYMBOL = Pattern.compile("([\\S&&[^:/]][\\S&&[^:]]*)/([1-9])");

  private Literals() {}

  /**
   * The symbol or keyword a token stands for, or {@code null} when it is not a valid one (the
   * caller reports "Invalid token"). {@code nil}, {@code true} and {@code false} are the caller's.
   */
  static Object symbolOrKeyword(String s, ReaderContext ctx) {
    Object simple = simpleSymbolOrKeyword(s);
    if (simple != null) {
      return simple;
    }
    Matcher m = SYMBOL.matcher(s);
    if (m.matches()) {
      String ns = m.group(1);
      String name = m.group(2);
      if (ns != null && ns.endsWith(":/") || name.endsWith(":") || s.indexOf("::", 1) != -1) {
        return null;
      }
      if (s.startsWith("::")) {
        Symbol ks = Symbol.intern(s.substring(2));
        String kns =
            ks.getNamespace() == null
                ? ctx.currentNamespace()
                : ctx.resolveAlias(ks.getNamespace());
        return kns == null ? null : Keyword.intern(kns, ks.getName());
      }
      boolean isKeyword = s.charAt(0) == ':';
      Symbol sym = Symbol.intern(s.substring(isKeyword ? 1 : 0));
      return isKeyword ? Keyword.intern(sym) : sym;
    }
    Matcher am = ARRAY_SYMBOL.matcher(s);
    if (am.matches()) {
      return Symbol.intern(am.group(1), am.group(2));
    }
    return null;
  }

  /**
   * The common case without the regex: {@code name} or {@code :name} with no slash or colon in
   * the name and a name not starting with a digit, which the pattern always accepts.
   */
  private static Object simpleSymbolOrKeyword(String s) {
    int n = s.length();
    int start = n > 0 && s.charAt(0) == ':' ? 1 : 0;
    if (n == start) {
      return null;
    }
    char first = s.charAt(start);
    if (first >= '0' && first <= '9' || first == ':' || first == '/') {
      return null;
    }
    for (int i = start + 1; i < n; i++) {
      char c = s.charAt(i);
      if (c == '/' || c == ':') {
        return null;
      }
    }
    return start == 0 ? Symbol.intern(null, s) : Keyword.intern(null, s.substring(1));
  }

  static Number number(String s, SourceSpan at) {
    Number n;
    try {
      n = NumberParser.tryParse(s);
    } catch (NumberFormatException e) {
      throw ReadErrors.invalidNumber(at, s);
    } catch (ArithmeticException e) {
      throw ReadErrors.numberError(at, s, e.getMessage());
    }
    if (n == null) {
      throw ReadErrors.invalidNumber(at, s);
    }
    return n;
  }

  /** A string token's value; {@code text} includes both quotes. */
  static String string(String text, IntFunction<SourceSpan> at) {
    int end = text.length() - 1;
    int bs = text.indexOf('\\', 1);
    if (bs < 0 || bs >= end) {
      return text.substring(1, end);
    }
    StringBuilder sb = new StringBuilder(end);
    sb.append(text, 1, bs);
    int i = bs;
    while (i < end) {
      char c = text.charAt(i);
      if (c != '\\') {
        sb.append(c);
        i++;
        continue;
      }
      // The lexer pairs every backslash with the next character, so an escape never swallows
      // the closing quote.
      int escape = i;
      char e = text.charAt(i + 1);
      i += 2;
      switch (e) {
        case 't' -> sb.append('\t');
        case 'r' -> sb.append('\r');
        case 'n' -> sb.append('\n');
        case '\\' -> sb.append('\\');
        case '"' -> sb.append('"');
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'u' -> {
          char d = text.charAt(i); // at worst the closing quote
          if (Character.digit(d, 16) == -1) {
            throw ReadErrors.invalidUnicodeEscape(at.apply(escape), d);
          }
          int[] value = new int[1];
          i = unicodeDigits(text, i, end, 16, 4, true, value, at);
          sb.append((char) value[0]);
        }
        default -> {
          if (!Character.isDigit(e)) {
            throw ReadErrors.unsupportedEscape(at.apply(escape), e);
          }
          int[] value = new int[1];
          i = unicodeDigits(text, i - 1, end, 8, 3, false, value, at);
          if (value[0] > 0377) {
            throw ReadErrors.octalRange(at.apply(escape));
          }
          sb.append((char) value[0]);
        }
      }
    }
    return sb.toString();
  }

  /**
   * Clojure's {@code readUnicodeChar} over a stream: the digit at {@code i}, then up to {@code
   * length - 1} more, stopping early at whitespace, a macro character or the end of the body.
   * Returns the index after the digits and stores the value in {@code out[0]}.
   */
  private static int unicodeDigits(
      String text, int i, int end, int base, int length, boolean exact, int[] out,
      IntFunction<SourceSpan> at) {
    char first = text.charAt(i);
    int uc = Character.digit(first, base);
    if (uc == -1) {
      throw ReadErrors.invalidDigit(at.apply(i), first);
    }
    i++;
    int count = 1;
    for (; count < length; count++) {
      if (i >= end) {
        break;
      }
      char ch = text.charAt(i);
      if (isWhitespace(ch) || isMacro(ch)) {
        break;
      }
      int d = Character.digit(ch, base);
      if (d == -1) {
        throw ReadErrors.invalidDigit(at.apply(i), ch);
      }
      uc = uc * base + d;
      i++;
    }
    if (count != length && exact) {
      throw ReadErrors.invalidCharacterLength(at.apply(i), count, length);
    }
    out[0] = uc;
    return i;
  }

  /** A character token's value; {@code token} is the text after the backslash. */
  static Character character(String token, SourceSpan at) {
    try {
      return CharNames.parse(token);
    } catch (IllegalArgumentException e) {
      throw ReadErrors.badCharacter(at, e.getMessage());
    }
  }

  static boolean isWhitespace(char c) {
    return Character.isWhitespace(c) || c == ',';
  }

  static boolean isMacro(char c) {
    switch (c) {
      case '"', ';', '\'', '@', '^', '`', '~', '(', ')', '[', ']', '{', '}', '\\', '%', '#':
        return true;
      default:
        return false;
    }
  }
}
