package dev.openrama.runtime.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.ListIterator;
import java.util.function.UnaryOperator;

/**
 * The read-only half of {@link java.util.List} for persistent sequential collections: queries
 * are built on {@code size}, {@code get} and {@code iterator}; every mutator throws
 * {@link UnsupportedOperationException}. Element tests use Clojure equality.
 */
interface ReadOnlyList extends List<Object> {

  @Override
  default boolean contains(Object o) {
    for (Object x : this) {
      if (Equality.equiv(x, o)) {
        return true;
      }
    }
    return false;
  }

  @Override
  default boolean containsAll(Collection<?> c) {
    for (Object o : c) {
      if (!contains(o)) {
        return false;
      }
    }
    return true;
  }

  @Override
  default Object[] toArray() {
    ArrayList<Object> out = new ArrayList<>();
    for (Object x : this) {
      out.add(x);
    }
    return out.toArray();
  }

  @Override
  @SuppressWarnings("unchecked")
  default <T> T[] toArray(T[] a) {
    Object[] all = toArray();
    if (a.length < all.length) {
      a = (T[]) java.lang.reflect.Array.newInstance(a.getClass().getComponentType(), all.length);
    }
    System.arraycopy(all, 0, a, 0, all.length);
    if (a.length > all.length) {
      a[all.length] = null;
    }
    return a;
  }

  @Override
  default int indexOf(Object o) {
    int i = 0;
    for (Object x : this) {
      if (Equality.equiv(x, o)) {
        return i;
      }
      i++;
    }
    return -1;
  }

  @Override
  default int lastIndexOf(Object o) {
    int found = -1;
    int i = 0;
    for (Object x : this) {
      if (Equality.equiv(x, o)) {
        found = i;
      }
      i++;
    }
    return found;
  }

  @Override
  default ListIterator<Object> listIterator() {
    return listIterator(0);
  }

  @Override
  default ListIterator<Object> listIterator(int index) {
    return Collections.unmodifiableList(Arrays.asList(toArray())).listIterator(index);
  }

  @Override
  default List<Object> subList(int fromIndex, int toIndex) {
    return Collections.unmodifiableList(Arrays.asList(toArray())).subList(fromIndex, toIndex);
  }

  @Override
  default boolean add(Object o) {
    throw new UnsupportedOperationException();
  }

  @Override
  default void add(int index, Object element) {
    throw new UnsupportedOperationException();
  }

  @Override
  default boolean addAll(Collection<?> c) {
    throw new UnsupportedOperationException();
  }

  @Override
  default boolean addAll(int index, Collection<?> c) {
    throw new UnsupportedOperationException();
  }

  @Override
  default Object set(int index, Object element) {
    throw new UnsupportedOperationException();
  }

  @Override
  default boolean remove(Object o) {
    throw new UnsupportedOperationException();
  }

  @Override
  default Object remove(int index) {
    throw new UnsupportedOperationException();
  }

  @Override
  default boolean removeAll(Collection<?> c) {
    throw new UnsupportedOperationException();
  }

  @Override
  default boolean retainAll(Collection<?> c) {
    throw new UnsupportedOperationException();
  }

  @Override
  default void clear() {
    throw new UnsupportedOperationException();
  }

  @Override
  default void replaceAll(UnaryOperator<Object> operator) {
    throw new UnsupportedOperationException();
  }

  @Override
  default void sort(Comparator<? super Object> c) {
    throw new UnsupportedOperationException();
  }
}
