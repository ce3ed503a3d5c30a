package dev.openrama.stdlib.core;

import dev.openrama.runtime.data.EditableColl;
import dev.openrama.runtime.data.TransientAssociative;
import dev.openrama.runtime.data.TransientColl;
import dev.openrama.runtime.data.TransientMap;
import dev.openrama.runtime.data.TransientSet;
import dev.openrama.runtime.data.TransientVector;
import dev.openrama.runtime.data.PersistentVector;

/** {@code transient persistent! conj! assoc! dissoc! disj! pop!}. */
final class TransientFns {
  private TransientFns() {}

  static void install(CoreInstaller c) {
    c.builtin("transient").with(coll -> {
      if (coll instanceof EditableColl) {
        return ((EditableColl) coll).asTransient();
      }
      throw castError(coll, "clojure.lang.IEditableCollection");
    });
    c.builtin("persistent!").with(t -> transientColl(t).persistent());
    c.builtin("conj!").with(() -> PersistentVector.EMPTY.asTransient()).with(t -> t)
        .with((t, x) -> transientColl(t).conj(x));
    c.builtin("assoc!").with((t, k, v) -> assoc(t).assoc(k, v)).variadic(3, args -> {
      TransientAssociative t = assoc(args[0]);
      for (int i = 1; i + 1 < args.length; i += 2) {
        t = t.assoc(args[i], args[i + 1]);
      }
      return t;
    });
    c.builtin("dissoc!").with((t, k) -> map(t).without(k)).variadic(2, args -> {
      TransientMap t = map(args[0]);
      for (int i = 1; i < args.length; i++) {
        t = t.without(args[i]);
      }
      return t;
    });
    c.builtin("disj!").with(t -> t).with((t, k) -> set(t).disjoin(k)).variadic(2, args -> {
      TransientSet t = set(args[0]);
      for (int i = 1; i < args.length; i++) {
        t = t.disjoin(args[i]);
      }
      return t;
    });
    c.builtin("pop!").with(t -> {
      if (t instanceof TransientVector) {
        return ((TransientVector) t).pop();
      }
      throw castError(t, "clojure.lang.ITransientVector");
    });
  }

  private static TransientColl transientColl(Object t) {
    if (t instanceof TransientColl) {
      return (TransientColl) t;
    }
    throw castError(t, "clojure.lang.ITransientCollection");
  }

  private static TransientAssociative assoc(Object t) {
    if (t instanceof TransientAssociative) {
      return (TransientAssociative) t;
    }
    throw castError(t, "clojure.lang.ITransientAssociative");
  }

  private static TransientMap map(Object t) {
    if (t instanceof TransientMap) {
      return (TransientMap) t;
    }
    throw castError(t, "clojure.lang.ITransientMap");
  }

  private static TransientSet set(Object t) {
    if (t instanceof TransientSet) {
      return (TransientSet) t;
    }
    throw castError(t, "clojure.lang.ITransientSet");
  }

  static ClassCastException castError(Object x, String target) {
    if (x == null) {
      return new ClassCastException("Cannot cast nil to " + target);
    }
    return new ClassCastException(dev.openrama.runtime.data.ClojureNames.castMessage(x, target));
  }
}
