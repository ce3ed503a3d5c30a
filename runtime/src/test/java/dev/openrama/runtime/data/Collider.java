package dev.openrama.runtime.data;

/** A test key with a chosen hash, equal only to a key with the same id. */
final class Collider implements Hashed {
  /** Hashes that collide fully or share low five-bit groups, to exercise every node kind. */
  static final int[] HASHES = {7, 7 | (1 << 5), 7 | (1 << 30), 7 | (3 << 10), 0x1234567};

  final int id;
  final int hash;

  Collider(int id, int hash) {
    this.id = id;
    this.hash = hash;
  }

  static Collider of(int id) {
    return new Collider(id, HASHES[id % HASHES.length]);
  }

  @Override
  public int hasheq() {
    return hash;
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Collider && ((Collider) o).id == id;
  }

  @Override
  public String toString() {
    return "C" + id + "#" + Integer.toHexString(hash);
  }
}
