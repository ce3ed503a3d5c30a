package dev.openrama.runtime.engine.dataflow;

import dev.openrama.runtime.data.Deref;
import dev.openrama.runtime.data.PersistentArrayMap;
import dev.openrama.runtime.data.PersistentHashSet;
import dev.openrama.runtime.data.PersistentVector;
import java.util.Arrays;

/**
 * An input field of a segment: a variable's slot, a constant, a var read at call time (for
 * operations), or a vector/map/set of inputs built per call.
 */
public abstract class Input {
  public abstract Object get(PlanFrame f);

  /** The slots this input reads (for liveness). */
  public int[] reads() {
    return new int[0];
  }

  public static Input slot(int slot) {
    return new Slot(slot);
  }

  public static Input constant(Object value) {
    return new Const(value);
  }

  /** A var (or other reference) dereferenced at each call, so redefinition takes effect. */
  public static Input deref(Deref ref) {
    return new DerefInput(ref);
  }

  public static Input vector(Input[] items) {
    return new VectorInput(items);
  }

  public static Input map(Input[] kvs) {
    return new MapInput(kvs);
  }

  public static Input set(Input[] items) {
    return new SetInput(items);
  }

  /** The slot read by a slot input, or -1. */
  public int slotIndex() {
    return -1;
  }

  public boolean isConstant() {
    return false;
  }

  static Object[] all(Input[] in, PlanFrame f) {
    Object[] vals = new Object[in.length];
    for (int i = 0; i < in.length; i++) {
      vals[i] = in[i].get(f);
    }
    return vals;
  }

  static int[] reads(Input[] in) {
    return Arrays.stream(in).flatMapToInt(i -> Arrays.stream(i.reads())).toArray();
  }

  private static final class Slot extends Input {
    private final int slot;

    Slot(int slot) {
      this.slot = slot;
    }

    @Override
    public Object get(PlanFrame f) {
      return f.slots[slot];
    }

    @Override
    public int[] reads() {
      return new int[] {slot};
    }

    @Override
    public int slotIndex() {
      return slot;
    }
  }

  private static final class Const extends Input {
    private final Object value;

    Const(Object value) {
      this.value = value;
    }

    @Override
    public Object get(PlanFrame f) {
      return value;
    }

    @Override
    public boolean isConstant() {
      return true;
    }
  }

  private static final class DerefInput extends Input {
    private final Deref ref;

    DerefInput(Deref ref) {
      this.ref = ref;
    }

    @Override
    public Object get(PlanFrame f) {
      return ref.deref();
    }
  }

  private static final class VectorInput extends Input {
    private final Input[] items;

    VectorInput(Input[] items) {
      this.items = items;
    }

    @Override
    public Object get(PlanFrame f) {
      return PersistentVector.adopt(all(items, f));
    }

    @Override
    public int[] reads() {
      return reads(items);
    }
  }

  private static final class MapInput extends Input {
    private final Input[] kvs;

    MapInput(Input[] kvs) {
      this.kvs = kvs;
    }

    @Override
    public Object get(PlanFrame f) {
      return PersistentArrayMap.create(all(kvs, f));
    }

    @Override
    public int[] reads() {
      return reads(kvs);
    }
  }

  private static final class SetInput extends Input {
    private final Input[] items;

    SetInput(Input[] items) {
      this.items = items;
    }

    @Override
    public Object get(PlanFrame f) {
      return PersistentHashSet.of(all(items, f));
    }

    @Override
    public int[] reads() {
      return reads(items);
    }
  }
}
