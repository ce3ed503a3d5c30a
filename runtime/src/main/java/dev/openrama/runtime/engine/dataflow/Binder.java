package dev.openrama.runtime.engine.dataflow;

import dev.openrama.runtime.data.Lookups;
import dev.openrama.runtime.data.Seqs;

/**
 * Binds an emitted value to an output target: a variable's slot, or a vector or map
 * destructuring pattern (which behave like Clojure's).
 */
public abstract class Binder {
  public abstract void bind(PlanFrame f, Object value);

  /** The slots this binder writes. */
  public abstract int[] writes();

  public static Binder slot(int slot) {
    return new Slot(slot);
  }

  /** {@code [a b & rest :as all]}; {@code rest} and {@code as} may be null. */
  public static Binder vector(Binder[] items, Binder rest, Binder as) {
    return new VectorPattern(items, rest, as);
  }

  /** {@code {a :a b "b" :as m}}: one binder per key; {@code defaults} entries may be null. */
  public static Binder map(Object[] keys, Binder[] binders, Input[] defaults, Binder as) {
    return new MapPattern(keys, binders, defaults, as);
  }

  private static final class Slot extends Binder {
    private final int slot;

    Slot(int slot) {
      this.slot = slot;
    }

    @Override
    public void bind(PlanFrame f, Object value) {
      f.slots[slot] = value;
    }

    @Override
    public int[] writes() {
      return new int[] {slot};
    }
  }

  private static final class VectorPattern extends Binder {
    private final Binder[] items;
    private final Binder rest;
    private final Binder as;

    VectorPattern(Binder[] items, Binder rest, Binder as) {
      this.items = items;
      this.rest = rest;
      this.as = as;
    }

    @Override
    public void bind(PlanFrame f, Object value) {
      for (int i = 0; i < items.length; i++) {
        items[i].bind(f, Seqs.nth(value, i, null));
      }
      if (rest != null) {
        Object s = Seqs.seq(value);
        for (int i = 0; i < items.length && s != null; i++) {
          s = Seqs.next(s);
        }
        rest.bind(f, s);
      }
      if (as != null) {
        as.bind(f, value);
      }
    }

    @Override
    public int[] writes() {
      java.util.List<Integer> w = new java.util.ArrayList<>();
      for (Binder b : items) {
        for (int s : b.writes()) {
          w.add(s);
        }
      }
      for (Binder b : new Binder[] {rest, as}) {
        if (b != null) {
          for (int s : b.writes()) {
            w.add(s);
          }
        }
      }
      return w.stream().mapToInt(Integer::intValue).toArray();
    }
  }

  private static final class MapPattern extends Binder {
    private final Object[] keys;
    private final Binder[] binders;
    private final Input[] defaults;
    private final Binder as;

    MapPattern(Object[] keys, Binder[] binders, Input[] defaults, Binder as) {
      this.keys = keys;
      this.binders = binders;
      this.defaults = defaults;
      this.as = as;
    }

    @Override
    public void bind(PlanFrame f, Object value) {
      Object m = value instanceof dev.openrama.runtime.data.Seq
          ? dev.openrama.runtime.data.PersistentArrayMap.create(Seqs.toArray(value)) : value;
      for (int i = 0; i < keys.length; i++) {
        Object v = Lookups.get(m, keys[i], NOT_FOUND);
        if (v == NOT_FOUND) {
          v = defaults[i] == null ? null : defaults[i].get(f);
        }
        binders[i].bind(f, v);
      }
      if (as != null) {
        as.bind(f, value);
      }
    }

    @Override
    public int[] writes() {
      java.util.List<Integer> w = new java.util.ArrayList<>();
      for (Binder b : binders) {
        for (int s : b.writes()) {
          w.add(s);
        }
      }
      if (as != null) {
        for (int s : as.writes()) {
          w.add(s);
        }
      }
      return w.stream().mapToInt(Integer::intValue).toArray();
    }
  }

  private static final Object NOT_FOUND = new Object();
}
