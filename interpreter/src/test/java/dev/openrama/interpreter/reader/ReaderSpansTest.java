package dev.openrama.interpreter.reader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.SetColl;
import dev.openrama.runtime.data.Symbol;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReaderSpansTest {
  private static ReadResult read(String text) {
    return Reader.readAll(new Source("dir/t.rama", text), Forms.ctx());
  }

  @Test
  void everySymbolAndCollectionHasItsStart() {
    ReadResult r = read("(defn f\n  [x]\n  {:a #{x}})");
    SpanTable spans = r.spans();
    List<?> defn = (List<?>) r.forms().get(0);
    assertThat(spans.get(defn)).hasToString("dir/t.rama:1:1");
    assertThat(spans.get(defn.get(0))).hasToString("dir/t.rama:1:2");
    assertThat(spans.get(defn.get(1))).hasToString("dir/t.rama:1:7");
    List<?> params = (List<?>) defn.get(2);
    assertThat(spans.get(params)).hasToString("dir/t.rama:2:3");
    assertThat(spans.get(params.get(0))).hasToString("dir/t.rama:2:4");
    MapColl body = (MapColl) defn.get(3);
    assertThat(spans.get(body)).hasToString("dir/t.rama:3:3");
    SetColl set = (SetColl) body.valAt(Forms.kw("a"));
    assertThat(spans.get(set)).hasToString("dir/t.rama:3:7");
    Object x = set.seq().first();
    assertThat(spans.get(x)).hasToString("dir/t.rama:3:9");
  }

  @Test
  void readerMacroFormsStartAtTheMacroCharacter() {
    ReadResult r = read("  'a @b");
    assertThat(r.spans().get(r.forms().get(0))).hasToString("dir/t.rama:1:3");
    List<?> deref = (List<?>) r.forms().get(1);
    assertThat(r.spans().get(deref)).hasToString("dir/t.rama:1:6");
    assertThat(r.spans().get(deref.get(1))).hasToString("dir/t.rama:1:7");
  }

  @Test
  void symbolsWithMetadataKeepTheirOwnSpan() {
    ReadResult r = read("^:private foo");
    Symbol s = (Symbol) r.forms().get(0);
    assertThat(r.spans().get(s)).hasToString("dir/t.rama:1:11");
  }

  @Test
  void anonymousFunctionBodyAndParams() {
    ReadResult r = read("#(inc %)");
    List<?> fn = (List<?>) r.forms().get(0);
    assertThat(r.spans().get(fn)).hasToString("dir/t.rama:1:1");
    assertThat(r.spans().get(fn.get(2))).hasToString("dir/t.rama:1:2");
    List<?> body = (List<?>) fn.get(2);
    assertThat(r.spans().get(body.get(1))).hasToString("dir/t.rama:1:7");
  }

  @Test
  void tabsCountAsOneColumnAndLinesAfterStrings() {
    ReadResult r = read("\t\"a\nb\" x");
    assertThat(r.spans().get(r.forms().get(1))).hasToString("dir/t.rama:2:4");
  }

  @Test
  void emptyCollectionsAndDiscardedFormsHaveNoSpans() {
    ReadResult r = read("() [] #_(a b c)");
    assertThat(r.spans().size()).isZero();
  }
}
