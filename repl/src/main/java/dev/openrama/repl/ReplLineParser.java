package dev.openrama.repl;

import dev.openrama.interpreter.reader.Reader;
import java.util.List;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * The line editor's parser: Enter submits the buffer only when it holds complete forms (the
 * reader says so), otherwise the editor opens a continuation line; for completion, the word
 * at the cursor is the symbol, keyword or member name being typed.
 */
final class ReplLineParser implements Parser {
  @Override
  public ParsedLine parse(String line, int cursor, ParseContext context) {
    if (context == ParseContext.ACCEPT_LINE && !Reader.isComplete(line)) {
      // the open brackets let the editor indent the continuation line (AUTO_INDENT)
      throw new EOFError(-1, -1, "incomplete form", null, openBrackets(line), null);
    }
    int start = cursor;
    while (start > 0 && !isBreak(line.charAt(start - 1))) {
      start--;
    }
    int end = cursor;
    while (end < line.length() && !isBreak(line.charAt(end))) {
      end++;
    }
    return new Word(line, cursor, line.substring(start, end), cursor - start);
  }

  /** How many brackets are open at the end of {@code text}, outside strings and comments. */
  static int openBrackets(String text) {
    int depth = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '"') {
        i++;
        while (i < text.length() && text.charAt(i) != '"') {
          i += text.charAt(i) == '\\' ? 2 : 1;
        }
      } else if (c == ';') {
        while (i < text.length() && text.charAt(i) != '\n') {
          i++;
        }
      } else if (c == '\\') {
        i++;
      } else if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
        depth--;
      }
      i++;
    }
    return depth;
  }

  @Override
  public boolean isEscapeChar(char ch) {
    return false;
  }

  private static boolean isBreak(char c) {
    return Character.isWhitespace(c) || c == ',' || c == '(' || c == ')' || c == '['
        || c == ']' || c == '{' || c == '}' || c == '"' || c == '\'' || c == '`' || c == '~'
        || c == '@' || c == '^' || c == ';' || c == '#';
  }

  /** The buffer with the word at the cursor; candidates are inserted as they are. */
  private record Word(String line, int cursor, String word, int wordCursor)
      implements CompletingParsedLine {
    @Override
    public int wordIndex() {
      return 0;
    }

    @Override
    public List<String> words() {
      return List.of(word);
    }

    @Override
    public CharSequence escape(CharSequence candidate, boolean complete) {
      return candidate;
    }

    @Override
    public int rawWordCursor() {
      return wordCursor;
    }

    @Override
    public int rawWordLength() {
      return word.length();
    }
  }
}
