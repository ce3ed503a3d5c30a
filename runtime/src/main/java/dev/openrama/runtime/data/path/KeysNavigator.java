package dev.openrama.runtime.data.path;

import dev.openrama.runtime.data.Printer;
import java.util.Arrays;

/**
 * {@code (keypath k...)}, and bare keys in a path: the value under each key in turn ({@code nil}
 * when absent). Transforming sets the value, creating missing maps; {@code NONE} removes the key
 * (or the index, in a sequence). Several keys run in one navigator call: the hot path of
 * nested-map access allocates nothing on select.
 */
public final class KeysNavigator implements Navigator {
  private final Object[] keys;

  public KeysNavigator(Object[] keys) {
    this.keys = keys;
  }

  KeysNavigator then(KeysNavigator more) {
    Object[] all = Arrays.copyOf(keys, keys.length + more.keys.length);
    System.arraycopy(more.keys, 0, all, keys.length, more.keys.length);
    return new KeysNavigator(all);
  }

  /** The first key, used to route a path to a partition. */
  public Object firstKey() {
    return keys[0];
  }

  @Override
  public Object select(Object vals, Object structure, Next next) {
    Object s = structure;
    for (Object k : keys) {
      s = Structures.get(s, k);
    }
    return next.apply(vals, s);
  }

  @Override
  public Object transform(Object vals, Object structure, Next next) {
    return transformAt(0, vals, structure, next);
  }

  private Object transformAt(int i, Object vals, Object s, Next next) {
    Object k = keys[i];
    Object old = Structures.get(s, k);
    Object nv = i == keys.length - 1 ? next.apply(vals, old) : transformAt(i + 1, vals, old, next);
    if (nv == Paths.NONE) {
      return Structures.remove(this, s, k);
    }
    return Structures.assoc(this, s, k, nv);
  }

  @Override
  public String describe() {
    StringBuilder sb = new StringBuilder("(keypath");
    for (Object k : keys) {
      sb.append(' ').append(Printer.printString(k));
    }
    return sb.append(')').toString();
  }
}
