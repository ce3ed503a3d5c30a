package dev.openrama.runtime.data;

import java.lang.reflect.Array;

/**
 * A seq over a Java array from an offset; primitive arrays yield boxed elements. The array is
 * shared, not copied: it must not be changed while the seq is in use. Immutable and thread-safe
 * under that condition.
 */
public final class ArraySeq extends ASeq implements Counted, Reducible {
  private final Object[] objects; // non-null for Object[]
  private final Object array; // any array
  private final int i;

  private ArraySeq(MapColl meta, Object array, int i) {
    super(meta);
    this.array = array;
    this.objects = array instanceof Object[] ? (Object[]) array : null;
    this.i = i;
  }

  /** A seq of the elements, or {@code null} when there are none. */
  public static ArraySeq create(Object... array) {
    return create(array, 0);
  }

  /** A seq of the elements from {@code offset}, or {@code null} when there are none. */
  public static ArraySeq create(Object[] array, int offset) {
    if (array == null || offset >= array.length) {
      return null;
    }
    return new ArraySeq(null, array, offset);
  }

  /** A seq over any array, primitive or not; {@code null} when empty. */
  public static ArraySeq createFromObject(Object array) {
    if (array == null || Array.getLength(array) == 0) {
      return null;
    }
    return new ArraySeq(null, array, 0);
  }

  private int length() {
    return objects != null ? objects.length : Array.getLength(array);
  }

  private Object at(int k) {
    return objects != null ? objects[k] : Array.get(array, k);
  }

  @Override
  public Object first() {
    return at(i);
  }

  @Override
  public Seq next() {
    return i + 1 < length() ? new ArraySeq(null, array, i + 1) : null;
  }

  @Override
  public int count() {
    return length() - i;
  }

  /** The position of the first element in the backing array. */
  public int index() {
    return i;
  }

  @Override
  public ArraySeq withMeta(MapColl m) {
    return m == meta ? this : new ArraySeq(m, array, i);
  }

  @Override
  public Object reduce(Fn f) {
    return reduceFrom(f, at(i), i + 1);
  }

  @Override
  public Object reduce(Fn f, Object start) {
    return reduceFrom(f, start, i);
  }

  private Object reduceFrom(Fn f, Object acc, int from) {
    int n = length();
    for (int k = from; k < n; k++) {
      acc = f.invoke(acc, at(k));
      if (acc instanceof Reduced) {
        return ((Reduced) acc).deref();
      }
    }
    return acc;
  }
}
