package dev.openrama.stdlib.dataflow;

import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.Seq;
import dev.openrama.runtime.data.Symbol;
import java.util.ArrayList;
import java.util.List;

/**
 * One output declaration of a segment: {@code :stream> <anchor>? target* (:>> hook)*}. A
 * segment splits into its input forms and these declarations.
 */
final class OutDecl {
  static final Keyword HOOK = Keyword.intern(null, ">>");

  final Keyword stream;
  Symbol anchor;
  final List<Object> targets = new ArrayList<>();
  final List<Object> hooks = new ArrayList<>();

  OutDecl(Keyword stream) {
    this.stream = stream;
  }

  /** The inputs and output declarations of a segment's argument forms. */
  record Parsed(List<Object> args, List<OutDecl> outs) {}

  static boolean isStream(Object o) {
    if (!(o instanceof Keyword)) {
      return false;
    }
    Keyword k = (Keyword) o;
    return k.getNamespace() == null && k.getName().endsWith(">") && k != HOOK;
  }

  static boolean isAnchor(Object o) {
    if (!(o instanceof Symbol) || ((Symbol) o).getNamespace() != null) {
      return false;
    }
    String n = ((Symbol) o).getName();
    return n.length() >= 3 && n.charAt(0) == '<' && n.endsWith(">") && !n.startsWith("<<");
  }

  static Parsed parse(Seq argForms) {
    List<Object> args = new ArrayList<>();
    List<OutDecl> outs = new ArrayList<>();
    OutDecl cur = null;
    boolean hookNext = false;
    for (Seq s = argForms; s != null; s = s.next()) {
      Object item = s.first();
      if (hookNext) {
        cur.hooks.add(item);
        hookNext = false;
      } else if (item == HOOK && cur != null) {
        hookNext = true;
      } else if (isStream(item)) {
        cur = new OutDecl((Keyword) item);
        outs.add(cur);
      } else if (cur == null) {
        args.add(item);
      } else if (cur.targets.isEmpty() && cur.anchor == null && isAnchor(item)) {
        cur.anchor = (Symbol) item;
      } else {
        cur.targets.add(item);
      }
    }
    return new Parsed(args, outs);
  }
}
