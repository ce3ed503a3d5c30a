package dev.openrama.interpreter.reader;

import dev.openrama.grammar.RamaParser.FormContext;
import dev.openrama.grammar.RamaParser.ReaderCondContext;
import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.Seq;
import dev.openrama.runtime.data.Seqable;
import dev.openrama.runtime.data.Sequential;
import dev.openrama.runtime.data.SourceSpan;
import java.util.List;

/**
 * {@code #?(:clj a :cljs b :default c)} and the splicing {@code #?@(...)}: the first branch whose
 * feature is {@code :clj} or {@code :default} is read; with no such branch the conditional reads
 * as nothing. Unselected branches are not built, so they may use tags and aliases this platform
 * does not know.
 */
final class ReaderConditional {
  private static final Keyword CLJ = Keyword.intern(null, "clj");
  private static final Keyword DEFAULT = Keyword.intern(null, "default");
  private static final Keyword ELSE = Keyword.intern(null, "else");
  private static final Keyword NONE = Keyword.intern(null, "none");

  private ReaderConditional() {}

  /** Adds the selected form (or, splicing, its elements) to {@code out}. */
  static void select(FormBuilder forms, ReaderCondContext c, SourceSpan at, List<Object> out) {
    boolean splicing = c.READER_COND_SPLICING() != null;
    List<FormContext> parts = c.form();
    for (int i = 0; i < parts.size(); i += 2) {
      Object feature = forms.build(parts.get(i));
      if (feature == ELSE || feature == NONE) {
        throw ReadErrors.reservedFeature(at, feature);
      }
      if (!(feature instanceof Keyword)) {
        throw ReadErrors.featureNotKeyword(at, String.valueOf(feature));
      }
      if (i + 1 == parts.size()) {
        throw ReadErrors.readCondOdd(at);
      }
      if (feature == CLJ || feature == DEFAULT) {
        if ((parts.size() & 1) == 1) {
          throw ReadErrors.readCondOdd(at);
        }
        Object value = forms.build(parts.get(i + 1));
        if (!splicing) {
          out.add(value);
        } else if (value instanceof Sequential && value instanceof Seqable) {
          for (Seq s = ((Seqable) value).seq(); s != null; s = s.next()) {
            out.add(s.first());
          }
        } else {
          throw ReadErrors.splicedNotList(at);
        }
        return;
      }
    }
  }
}
