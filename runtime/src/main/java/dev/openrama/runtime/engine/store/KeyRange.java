package dev.openrama.runtime.engine.store;

/**
 * A key interval plus a direction. {@code from}/{@code to} are the lower/upper bounds in key
 * order (regardless of direction); {@code null} means unbounded. Immutable.
 */
public record KeyRange(byte[] from, boolean fromInclusive, byte[] to, boolean toInclusive, boolean reverse) {
    public static final KeyRange ALL = new KeyRange(null, true, null, true, false);
    public static final KeyRange ALL_REVERSED = new KeyRange(null, true, null, true, true);

    public static KeyRange forward(byte[] from, boolean fromInclusive, byte[] to, boolean toInclusive) {
        return new KeyRange(from, fromInclusive, to, toInclusive, false);
    }

    public KeyRange reversed() {
        return new KeyRange(from, fromInclusive, to, toInclusive, !reverse);
    }

    /** True if {@code key} is not below the lower bound. */
    public boolean aboveLower(byte[] key) {
        if (from == null) return true;
        int c = KeyBytes.compare(key, from);
        return fromInclusive ? c >= 0 : c > 0;
    }

    /** True if {@code key} is not above the upper bound. */
    public boolean belowUpper(byte[] key) {
        if (to == null) return true;
        int c = KeyBytes.compare(key, to);
        return toInclusive ? c <= 0 : c < 0;
    }

    public boolean contains(byte[] key) {
        return aboveLower(key) && belowUpper(key);
    }
}
