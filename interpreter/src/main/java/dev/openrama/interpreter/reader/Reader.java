package dev.openrama.interpreter.reader;

import dev.openrama.grammar.RamaLexer;
import dev.openrama.grammar.RamaParser;
import dev.openrama.grammar.RamaParser.NextFormContext;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;

/**
 * Reads source text into data forms, as Clojure 1.12's reader does, recording where each form
 * starts in a {@link SpanTable}. Lists also carry {@code {:line L :column C}} metadata, as in
 * Clojure.
 *
 * <p>Forms are read one top-level form at a time: {@link #read()} parses the next form and builds
 * it just then, so a form can depend on the effect of evaluating the previous one ({@code ::kw}
 * after an {@code ns} form), and a syntax error later in a file is reported only when reached.
 *
 * <p>Errors are {@link ReadError}s located at the problem ({@code file:line:col: error: ...});
 * input that ends inside a form throws the subclass {@link IncompleteInputError}. After an error
 * the reader is spent: make a new one to read again. A reader is not thread-safe; readers in
 * different threads are independent.
 */
public final class Reader {
  /** What {@link #read()} returns when there are no more forms. */
  public static final Object EOF =
      new Object() {
        @Override
        public String toString() {
          return "#<eof>";
        }
      };

  private final Source source;
  private final SpanTable spans;
  private final RamaParser parser;
  private final FormBuilder builder;
  private final List<Object> scratch = new ArrayList<>(1);
  private boolean atEnd;

  public Reader(Source source, ReaderContext ctx) {
    this(source, ctx, new SpanTable());
  }

  /** Records spans in {@code spans}, which may be shared with other readers. */
  public Reader(Source source, ReaderContext ctx, SpanTable spans) {
    this(source, ctx, spans, 1);
  }

  /**
   * Reads text that starts on line {@code firstLine} of its source, as REPL input does: each
   * entry continues the session's line count, so {@code REPL:12:1} names one place.
   */
  public Reader(Source source, ReaderContext ctx, SpanTable spans, int firstLine) {
    this.source = source;
    this.spans = spans;
    this.parser = parser(source, firstLine);
    this.builder = new FormBuilder(source.path(), ctx, spans);
  }

  private static RamaParser parser(Source source) {
    return parser(source, 1);
  }

  private static RamaParser parser(Source source, int firstLine) {
    SyntaxErrorListener errors = new SyntaxErrorListener(source.path());
    RamaLexer lexer = new RamaLexer(CharStreams.fromString(source.text(), source.path()));
    lexer.setLine(firstLine);
    lexer.removeErrorListeners();
    lexer.addErrorListener(errors);
    RamaParser parser = new RamaParser(new CommonTokenStream(lexer));
    parser.removeErrorListeners();
    parser.addErrorListener(errors);
    // The grammar is LL(1); SLL never needs the full-context fallback.
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    return parser;
  }

  /**
   * The next top-level form ({@code null} for {@code nil}), or {@link #EOF} at the end.
   *
   * @throws ReadError when the text is not a form; {@link IncompleteInputError} when it ends
   *     inside one
   */
  public Object read() {
    while (!atEnd) {
      Token start = parser.getCurrentToken();
      scratch.clear();
      try {
        NextFormContext tree = parser.nextForm();
        atEnd = tree.EOF() != null;
        builder.buildNext(tree, scratch);
      } catch (StackOverflowError e) {
        throw ReadErrors.nestedTooDeeply(builder.span(start));
      }
      if (!scratch.isEmpty()) {
        Object form = scratch.get(0);
        scratch.clear();
        return form;
      }
      // a reader conditional with no branch for this platform: read on
    }
    return EOF;
  }

  public SpanTable spans() {
    return spans;
  }

  public Source source() {
    return source;
  }

  /** Every top-level form of {@code source}, each built just after the previous one. */
  public static ReadResult readAll(Source source, ReaderContext ctx) {
    Reader r = new Reader(source, ctx);
    List<Object> forms = new ArrayList<>();
    for (Object f = r.read(); f != EOF; f = r.read()) {
      forms.add(f);
    }
    return new ReadResult(forms, r.spans());
  }

  /**
   * Whether {@code text} can be submitted as it is: {@code false} only when it ends inside a form
   * (an open delimiter, string or reader macro), so a REPL should read another line. Text with
   * another syntax error is complete: reading it reports the error. Only the syntax is checked;
   * nothing is resolved.
   */
  public static boolean isComplete(String text) {
    RamaParser p = parser(new Source("<input>", text));
    try {
      while (p.nextForm().form() != null) {
        // parse only
      }
      return true;
    } catch (IncompleteInputError e) {
      return false;
    } catch (ReadError e) {
      return true;
    }
  }

  /**
   * Where the form starting at {@code offset} of {@code text} ends (exclusive), or -1 when no
   * whole form starts there. Only the syntax is checked, so any text can be measured.
   */
  public static int formEnd(String text, int offset) {
    if (offset < 0 || offset > text.length()) {
      return -1;
    }
    RamaParser p = parser(new Source("<input>", text.substring(offset)));
    try {
      NextFormContext tree = p.nextForm();
      if (tree.form() == null) {
        return -1;
      }
      return offset + tree.form().getStop().getStopIndex() + 1;
    } catch (ReadError e) {
      return -1;
    }
  }
}
