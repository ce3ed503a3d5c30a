package dev.openrama.runtime.engine.store;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Order of stored keys: unsigned lexicographic bytes. The key encoding (codec) makes this order
 * equal to the language's key order, so the store never decodes keys. Thread-safe (stateless).
 */
public final class KeyBytes {
    /** Unsigned bytewise order; a shorter key sorts before its extensions. */
    public static final Comparator<byte[]> ORDER = Arrays::compareUnsigned;

    private KeyBytes() {}

    public static int compare(byte[] a, byte[] b) {
        return Arrays.compareUnsigned(a, b);
    }
}
