package dev.openrama.runtime.data;

import java.util.Iterator;

/**
 * Base of the persistent sequences: equality with any sequential collection or
 * {@link java.util.List}, ordered hashing, counting by walking, {@code conj} by {@link Cons},
 * and a read-only {@link java.util.List} view. Subclasses are immutable and thread-safe unless
 * they say otherwise; every generic method goes through {@link #seq()}, so a subclass whose
 * {@code seq()} is empty (the empty list, an empty lazy seq) behaves as an empty collection.
 */
public abstract class ASeq implements Seq, Sequential, Hashed, WithMeta, ReadOnlyList {
  protected final MapColl meta;
  private int hasheq;
  private int hash;

  protected ASeq() {
    this(null);
  }

  protected ASeq(MapColl meta) {
    this.meta = meta;
  }

  @Override
  public MapColl meta() {
    return meta;
  }

  @Override
  public Seq seq() {
    return this;
  }

  @Override
  public Seq more() {
    Seq s = next();
    return s == null ? PersistentList.EMPTY : s;
  }

  @Override
  public Seq cons(Object o) {
    return new Cons(o, this);
  }

  @Override
  public Coll empty() {
    return PersistentList.EMPTY;
  }

  @Override
  public int count() {
    return Seqs.countSeq(seq());
  }

  @Override
  public boolean equiv(Object o) {
    if (this == o) {
      return true;
    }
    return Seqs.equivSequential(this, o);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return Seqs.equalsSequential(this, o);
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = 1;
      for (Object x : this) {
        h = 31 * h + (x == null ? 0 : x.hashCode());
      }
      hash = h;
    }
    return h;
  }

  @Override
  public int hasheq() {
    int h = hasheq;
    if (h == 0) {
      h = Murmur3.hashOrdered(this);
      hasheq = h;
    }
    return h;
  }

  @Override
  public Iterator<Object> iterator() {
    return new SeqIterator(seq());
  }

  @Override
  public int size() {
    return count();
  }

  @Override
  public boolean isEmpty() {
    return seq() == null;
  }

  @Override
  public Object get(int index) {
    return Seqs.nth(this, index);
  }

  @Override
  public String toString() {
    return Printer.printString(this);
  }
}
