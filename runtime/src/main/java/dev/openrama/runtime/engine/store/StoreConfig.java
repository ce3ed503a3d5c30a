package dev.openrama.runtime.engine.store;

import dev.openrama.runtime.engine.store.btree.TreeConfig;

/**
 * Sizing of a durable task store. {@code initialEntries} sizes each partition's first map file
 * (use the declared or expected entry count: recovery time and disk use follow the file size);
 * files grow by chaining when full. A commit group is written through to the maps once it holds
 * {@code groupMaxEntries} changed entries or {@code groupMaxBytes} bytes, or on {@code flush()}.
 */
public record StoreConfig(long initialEntries, TreeConfig tree, int groupMaxEntries, long groupMaxBytes, int migrationStep) {
    public static final StoreConfig DEFAULT = new StoreConfig(16_384, TreeConfig.DEFAULT, 20_000, 16L << 20, 2_000);

    public StoreConfig withInitialEntries(long entries) {
        return new StoreConfig(entries, tree, groupMaxEntries, groupMaxBytes, migrationStep);
    }

    public StoreConfig withTree(TreeConfig t) {
        return new StoreConfig(initialEntries, t, groupMaxEntries, groupMaxBytes, migrationStep);
    }

    public StoreConfig withGroup(int maxEntries, long maxBytes) {
        return new StoreConfig(initialEntries, tree, maxEntries, maxBytes, migrationStep);
    }
}
