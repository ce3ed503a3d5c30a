package dev.openrama.interpreter.reader;

import dev.openrama.grammar.RamaParser;
import dev.openrama.grammar.RamaParser.DiscardContext;
import dev.openrama.grammar.RamaParser.FnContext;
import dev.openrama.grammar.RamaParser.ListContext;
import dev.openrama.grammar.RamaParser.MapContext;
import dev.openrama.grammar.RamaParser.MetaContext;
import dev.openrama.grammar.RamaParser.NsMapContext;
import dev.openrama.grammar.RamaParser.PrefixedContext;
import dev.openrama.grammar.RamaParser.ReaderCondContext;
import dev.openrama.grammar.RamaParser.SetContext;
import dev.openrama.grammar.RamaParser.VectorContext;
import dev.openrama.runtime.data.SourceSpan;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;

/**
 * The one ANTLR error listener: turns the first syntax error into a positioned {@link ReadError}
 * and throws it, so ANTLR never recovers and its own messages never reach users. The message is
 * chosen from the offending token and the rule the parser was in; input that ends inside a form
 * gives an {@link IncompleteInputError} located at what was left open.
 */
final class SyntaxErrorListener extends BaseErrorListener {
  private final String path;

  SyntaxErrorListener(String path) {
    this.path = path;
  }

  @Override
  public void syntaxError(
      Recognizer<?, ?> recognizer,
      Object offendingSymbol,
      int line,
      int charPositionInLine,
      String msg,
      RecognitionException e) {
    if (!(recognizer instanceof Parser) || !(offendingSymbol instanceof Token)) {
      // The lexer accepts every input, so this is unreachable; stay positioned anyway.
      throw ReadErrors.unexpected(new SourceSpan(path, line, charPositionInLine + 1), "input");
    }
    throw describe((Token) offendingSymbol, ((Parser) recognizer).getContext());
  }

  private ReadError describe(Token t, ParserRuleContext ctx) {
    SourceSpan at = span(t);
    switch (t.getType()) {
      case Token.EOF:
        return unclosed(ctx, at);
      case RamaParser.UNTERMINATED_STRING:
        return ReadErrors.eofInString(at);
      case RamaParser.UNTERMINATED_REGEX:
        return ReadErrors.eofInRegex(at);
      case RamaParser.LONE_BACKSLASH:
        return ReadErrors.eofInCharacter(at);
      case RamaParser.BAD_DISPATCH:
        return badDispatch(t.getText(), at);
      default:
        break;
    }
    if (ctx instanceof ReaderCondContext rc && rc.OPEN_PAREN() == null) {
      return ReadErrors.readCondBodyNotList(span(rc.start));
    }
    if (ctx instanceof MapContext m
        && m.OPEN_BRACE() == null
        && m.getParent() instanceof NsMapContext ns) {
      return ReadErrors.nsMapNoMap(span(ns.start));
    }
    switch (t.getType()) {
      case RamaParser.CLOSE_PAREN:
      case RamaParser.CLOSE_BRACKET:
      case RamaParser.CLOSE_BRACE:
        return ReadErrors.unmatchedDelimiter(at, t.getText());
      default:
        return ReadErrors.unexpected(at, t.getText());
    }
  }

  private static ReadError badDispatch(String text, SourceSpan at) {
    if (text.length() == 1) {
      return ReadErrors.formExpectedAfter(at, "#");
    }
    String c = text.substring(1);
    switch (c) {
      case "=":
        return ReadErrors.readEval(at);
      case "<":
        return ReadErrors.unreadable(at);
      default:
        return ReadErrors.noDispatchMacro(at, c);
    }
  }

  /** End of input inside a form: name the innermost construct still open. */
  private IncompleteInputError unclosed(ParserRuleContext ctx, SourceSpan eof) {
    for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
      if (c instanceof ListContext) {
        return ReadErrors.unclosed(span(c.start), ")", "(");
      } else if (c instanceof VectorContext) {
        return ReadErrors.unclosed(span(c.start), "]", "[");
      } else if (c instanceof MapContext m && m.OPEN_BRACE() != null) {
        return ReadErrors.unclosed(span(c.start), "}", "{");
      } else if (c instanceof SetContext) {
        return ReadErrors.unclosed(span(c.start), "}", "#{");
      } else if (c instanceof FnContext) {
        return ReadErrors.unclosed(span(c.start), ")", "#(");
      } else if (c instanceof ReaderCondContext rc) {
        return rc.OPEN_PAREN() != null
            ? ReadErrors.unclosed(span(c.start), ")", c.start.getText() + "(")
            : ReadErrors.formExpectedAfter(span(c.start), c.start.getText());
      } else if (c instanceof NsMapContext
          || c instanceof PrefixedContext
          || c instanceof MetaContext
          || c instanceof DiscardContext) {
        return ReadErrors.formExpectedAfter(span(c.start), c.start.getText());
      }
    }
    return ReadErrors.eof(eof);
  }

  private SourceSpan span(Token t) {
    return new SourceSpan(path, t.getLine(), t.getCharPositionInLine() + 1);
  }
}
