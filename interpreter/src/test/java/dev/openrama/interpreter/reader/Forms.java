package dev.openrama.interpreter.reader;

import dev.openrama.runtime.data.Coll;
import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.PersistentArrayMap;
import dev.openrama.runtime.data.PersistentHashSet;
import dev.openrama.runtime.data.PersistentList;
import dev.openrama.runtime.data.PersistentVector;
import dev.openrama.runtime.data.Printer;
import dev.openrama.runtime.data.Symbol;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.assertj.core.presentation.StandardRepresentation;

/** Builders and read helpers for reader tests. */
final class Forms {
  static final String FILE = "t.rama";

  static {
    // Show forms as the language prints them in assertion failures.
    Assertions.useRepresentation(
        new StandardRepresentation() {
          @Override
          public String toStringOf(Object o) {
            return o instanceof Coll || o instanceof Symbol
                ? Printer.printString(o)
                : super.toStringOf(o);
          }
        });
  }

  private Forms() {}

  static SimpleReaderContext ctx() {
    return new SimpleReaderContext("user")
        .alias("str", "clojure.string")
        .refer("clojure.core", "map", "inc", "let", "defn", "list", "fn", "str", "+", "=");
  }

  static Object read(String text) {
    return read(text, ctx());
  }

  static Object read(String text, ReaderContext ctx) {
    List<Object> forms = readAll(text, ctx);
    if (forms.size() != 1) {
      throw new AssertionError("expected one form, read " + forms.size() + ": " + forms);
    }
    return forms.get(0);
  }

  static List<Object> readAll(String text) {
    return readAll(text, ctx());
  }

  static List<Object> readAll(String text, ReaderContext ctx) {
    return Reader.readAll(new Source(FILE, text), ctx).forms();
  }

  /** The error reading {@code text}, as users see it. */
  static String error(String text) {
    try {
      readAll(text);
    } catch (ReadError e) {
      return e.diagnostic();
    }
    throw new AssertionError("expected a read error for: " + text);
  }

  static Symbol sym(String nsname) {
    return Symbol.intern(nsname);
  }

  static Keyword kw(String nsname) {
    return Keyword.intern(nsname);
  }

  static Object list(Object... items) {
    return items.length == 0 ? PersistentList.EMPTY : PersistentList.create(Arrays.asList(items));
  }

  static Object vec(Object... items) {
    return PersistentVector.create(Arrays.asList(items));
  }

  static Object map(Object... kvs) {
    return PersistentArrayMap.create(kvs);
  }

  static Object set(Object... items) {
    return PersistentHashSet.create(Arrays.asList(items));
  }
}
