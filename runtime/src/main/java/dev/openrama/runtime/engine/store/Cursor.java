package dev.openrama.runtime.engine.store;

/**
 * A lazy, forward-only walk over a key range. Call {@link #next()} before reading each entry.
 * {@link #value()} is fetched on demand, so key-only walks (sets, counting) cost no value reads.
 * Single-threaded; a cursor reflects the store as of its creation only until the next commit
 * on the owning task, after which it must not be used.
 */
public interface Cursor {
    /** Moves to the next entry; false when the range is exhausted. */
    boolean next();

    byte[] key();

    byte[] value();

    Cursor EMPTY = new Cursor() {
        @Override public boolean next() { return false; }
        @Override public byte[] key() { throw new IllegalStateException("empty cursor"); }
        @Override public byte[] value() { throw new IllegalStateException("empty cursor"); }
    };
}
