package dev.openrama.runtime.engine.pstate;

import dev.openrama.runtime.data.ASet;
import dev.openrama.runtime.data.Reversible;
import dev.openrama.runtime.data.Seq;
import dev.openrama.runtime.data.Sorted;
import dev.openrama.runtime.data.path.RangeBounds;
import dev.openrama.runtime.data.path.SortedNavigable;
import dev.openrama.runtime.engine.schema.Schema;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * A subindexed set: a read-only sorted set over its keyspace (element to empty value), through
 * a set-mode {@link StoredMap} that holds the reads and pending changes.
 */
final class StoredSet extends ASet implements Sorted, Reversible, SortedNavigable, StoredHandle {
  final StoredMap elements;

  StoredSet(StoredMap elements) {
    super(elements);
    this.elements = elements;
  }

  @Override
  public long keyspace() {
    return elements.id;
  }

  @Override
  public Schema schema() {
    return elements.schema;
  }

  @Override
  public boolean isModified() {
    return elements.isModified();
  }

  @Override
  public Iterator<Object> iterator() {
    return elements.keyIterator();
  }

  @Override
  public StoredSet disjoin(Object key) {
    StoredMap m = elements.without(key);
    return m == elements ? this : new StoredSet(m);
  }

  @Override
  public StoredSet cons(Object o) {
    return new StoredSet(elements.addElement(o));
  }

  @Override
  public StoredSet empty() {
    return new StoredSet(elements.empty());
  }

  @Override
  public Seq seq() {
    return elements.seq(true);
  }

  @Override
  public Seq rseq() {
    return elements.seq(false);
  }

  @Override
  public Comparator<Object> comparator() {
    return elements.comparator();
  }

  @Override
  public Object entryKey(Object entry) {
    return entry;
  }

  @Override
  public Seq seq(boolean ascending) {
    return elements.seq(ascending);
  }

  @Override
  public Seq seqFrom(Object key, boolean ascending) {
    return elements.seqFrom(key, ascending);
  }

  @Override
  public Iterator<Object> range(RangeBounds bounds, boolean ascending) {
    return elements.range(bounds, ascending);
  }

  @Override
  public Object materialize(List<Object> items) {
    return elements.materialize(items);
  }

  @Override
  public Object replace(List<Object> removed, Object replacement) {
    return new StoredSet((StoredMap) elements.replace(removed, replacement));
  }
}
