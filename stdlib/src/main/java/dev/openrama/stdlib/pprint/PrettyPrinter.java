package dev.openrama.stdlib.pprint;

import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.PrintOptions;
import dev.openrama.runtime.data.Printer;
import dev.openrama.runtime.data.Seq;
import dev.openrama.runtime.data.Seqable;
import dev.openrama.runtime.data.SetColl;
import dev.openrama.runtime.data.VectorColl;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small version of {@code clojure.pprint}'s simple dispatch: a collection is printed on one
 * line when it fits in the right margin, otherwise with every element on its own line, indented
 * under its opening bracket (Clojure's linear newlines); a map entry that does not fit puts its
 * value under its key. Not thread-safe: one instance per call.
 */
final class PrettyPrinter {
  private final StringBuilder out = new StringBuilder();
  private final int margin;
  private final PrintOptions options;
  private int col;

  PrettyPrinter(int margin, PrintOptions options) {
    this.margin = margin;
    this.options = options;
  }

  static String pprint(Object x, int margin, PrintOptions options) {
    PrettyPrinter p = new PrettyPrinter(margin, options);
    p.print(x, 0);
    return p.out.toString();
  }

  private void write(String s) {
    out.append(s);
    int nl = s.lastIndexOf('\n');
    col = nl >= 0 ? s.length() - nl - 1 : col + s.length();
  }

  private void newline(int indent) {
    out.append('\n');
    out.append(" ".repeat(indent));
    col = indent;
  }

  private String flat(Object x) {
    return Printer.printString(x, options);
  }

  /** Nesting depth of the block being printed. */
  private int depth;

  /**
   * Whether text fits before the margin. Clojure's pretty writer lets a top-level form end
   * exactly at the margin but breaks a nested block that would; we follow what it prints.
   */
  private boolean fits(String s, int trail) {
    int end = col + s.length() + trail;
    return depth == 0 ? end <= margin : end < margin;
  }

  /** Prints {@code x}, followed immediately by {@code trail} characters of closing text. */
  private void print(Object x, int trail) {
    String f = flat(x);
    boolean coll = x instanceof VectorColl || x instanceof MapColl || x instanceof SetColl
        || x instanceof Seq;
    if (!coll || fits(f, trail) || (x instanceof Seqable && ((Seqable) x).seq() == null)) {
      write(f);
      return;
    }
    depth++;
    try {
      printBlock(x, trail);
    } finally {
      depth--;
    }
  }

  private void printBlock(Object x, int trail) {
    if (x instanceof MapColl) {
      printMap((MapColl) x, trail);
      return;
    }
    String open = x instanceof VectorColl ? "[" : x instanceof SetColl ? "#{" : "(";
    String close = x instanceof VectorColl ? "]" : x instanceof SetColl ? "}" : ")";
    write(open);
    int indent = col;
    List<Object> items = new ArrayList<>();
    for (Seq s = ((Seqable) x).seq(); s != null; s = s.next()) {
      items.add(s.first());
    }
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        newline(indent);
      }
      boolean last = i == items.size() - 1;
      print(items.get(i), last ? trail + close.length() : 0);
    }
    write(close);
  }

  private void printMap(MapColl m, int trail) {
    write("{");
    int indent = col;
    int n = m.count();
    int i = 0;
    for (Object o : m) {
      Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
      if (i > 0) {
        newline(indent);
      }
      boolean last = i == n - 1;
      int after = last ? trail + 1 : 1;
      String entry = flat(e.getKey()) + " " + flat(e.getValue());
      if (fits(entry, after)) {
        write(entry);
      } else {
        print(e.getKey(), 0);
        String v = flat(e.getValue());
        if (fits(" " + v, after)) {
          write(" " + v);
        } else {
          newline(indent);
          print(e.getValue(), after);
        }
      }
      if (!last) {
        write(",");
      }
      i++;
    }
    write("}");
  }
}
