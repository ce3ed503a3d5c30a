package dev.openrama.stdlib.dataflow;

import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.MapEntry;
import dev.openrama.runtime.data.SourceSpan;
import dev.openrama.runtime.data.Symbol;
import dev.openrama.runtime.data.VectorColl;
import dev.openrama.runtime.engine.dataflow.Binder;
import dev.openrama.runtime.engine.dataflow.Input;
import java.util.ArrayList;
import java.util.List;

/**
 * Output targets of segments ({@code :> *x}, {@code :> [*a & *more :as *all]},
 * {@code :> {:keys [*k] :or {*k 0}}}): each becomes a binder into fresh slots, and the variables
 * it binds enter the scope.
 */
final class OutputBinders {
  private final DataflowCompiler c;

  OutputBinders(DataflowCompiler c) {
    this.c = c;
  }

  /** A binder for an output target, adding the variables it binds to {@code scope[0]}. */
  Binder binder(Object target, Scope[] scope, SourceSpan outer) {
    SourceSpan at = c.spanOf(target, outer);
    if (target instanceof Symbol) {
      Symbol s = (Symbol) target;
      if (s.getNamespace() == null && s.getName().equals("_")) {
        return Binder.slot(c.block.slot());
      }
      if (s.getNamespace() != null || !DataflowLang.isDataflowVar(s)) {
        throw DataflowErrors.error(at, "output target must be a dataflow variable (*x, %f, $$p)"
            + " or a destructuring pattern, got: " + s);
      }
      int slot = c.block.slot();
      scope[0] = scope[0].bind(s.withMeta(null), slot);
      return Binder.slot(slot);
    }
    if (target instanceof VectorColl) {
      VectorColl v = (VectorColl) target;
      List<Binder> items = new ArrayList<>();
      Binder rest = null;
      Binder as = null;
      for (int i = 0; i < v.count(); i++) {
        Object item = v.nth(i);
        if (Symbol.intern(null, "&").equals(item) && i + 1 < v.count()) {
          rest = binder(v.nth(++i), scope, at);
        } else if (Keyword.intern(null, "as").equals(item) && i + 1 < v.count()) {
          as = binder(v.nth(++i), scope, at);
        } else {
          items.add(binder(item, scope, at));
        }
      }
      return Binder.vector(items.toArray(new Binder[0]), rest, as);
    }
    if (target instanceof MapColl) {
      return mapBinder((MapColl) target, scope, at);
    }
    throw DataflowErrors.error(at, "output target must be a dataflow variable or a"
        + " destructuring pattern, got: " + dev.openrama.runtime.data.Printer.printString(target));
  }

  private Binder mapBinder(MapColl m, Scope[] scope, SourceSpan at) {
    List<Object> keys = new ArrayList<>();
    List<Object> targets = new ArrayList<>();
    Object asTarget = null;
    MapColl defaults = null;
    for (Object o : m) {
      MapEntry e = (MapEntry) o;
      Object k = e.key();
      if (k instanceof Keyword && ((Keyword) k).getNamespace() == null
          && (((Keyword) k).getName().equals("keys") || ((Keyword) k).getName().equals("strs")
              || ((Keyword) k).getName().equals("syms"))) {
        String kind = ((Keyword) k).getName();
        for (Object sym : dev.openrama.runtime.data.Seqs.toArray(e.val())) {
          if (!(sym instanceof Symbol) || !DataflowLang.isDataflowVar((Symbol) sym)) {
            throw DataflowErrors.error(at, ":" + kind + " names must be dataflow variables, got: "
                + sym);
          }
          String name = DataflowLang.bareName((Symbol) sym);
          keys.add(kind.equals("keys") ? Keyword.intern(null, name)
              : kind.equals("strs") ? name : Symbol.intern(null, name));
          targets.add(sym);
        }
      } else if (Keyword.intern(null, "as").equals(k)) {
        asTarget = e.val();
      } else if (Keyword.intern(null, "or").equals(k)) {
        defaults = (MapColl) e.val();
      } else {
        targets.add(k);
        keys.add(e.val());
      }
    }
    Binder[] binders = new Binder[targets.size()];
    Input[] defs = new Input[targets.size()];
    for (int i = 0; i < binders.length; i++) {
      Object t = targets.get(i);
      if (defaults != null && defaults.containsKey(t)) {
        defs[i] = c.input(defaults.valAt(t),
            new DataflowCompiler.At(new Point(c.block, scope[0])), at);
      }
      binders[i] = binder(t, scope, at);
    }
    Binder as = asTarget == null ? null : binder(asTarget, scope, at);
    return Binder.map(keys.toArray(), binders, defs, as);
  }
}
