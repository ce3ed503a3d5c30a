package dev.openrama.runtime.engine.store.btree;

/**
 * Tree sizing. {@code maxNodeBytes} bounds an encoded node (Chronicle caps one entry's size and
 * a leaf is rewritten whole on insert); {@code maxKeyBytes} keeps at least a few keys per node;
 * the caches bound heap use regardless of how many keys are stored.
 */
public record TreeConfig(int maxNodeBytes, int maxKeyBytes, int nodeCacheSize, int headerCacheSize) {
    public static final TreeConfig DEFAULT = new TreeConfig(2048, 480, 1024, 4096);

    public TreeConfig {
        if (maxKeyBytes * 3 > maxNodeBytes) throw new IllegalArgumentException("maxKeyBytes too large for maxNodeBytes");
    }
}
