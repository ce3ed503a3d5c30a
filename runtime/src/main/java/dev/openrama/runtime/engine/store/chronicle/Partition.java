package dev.openrama.runtime.engine.store.chronicle;

import dev.openrama.runtime.engine.store.btree.BTreeBackend;
import dev.openrama.runtime.engine.store.btree.TreeConfig;
import java.nio.file.Path;

/** One PState partition on disk: its map chain, the open commit group over it, and its tree. */
final class Partition implements AutoCloseable {
    final String name;
    final MapChain maps;
    final GroupBatch group;
    final BTreeBackend tree;

    Partition(String name, Path dir, long initialEntries, boolean recover, TreeConfig tree) {
        this.name = name;
        this.maps = new MapChain(dir, initialEntries, recover);
        this.group = new GroupBatch(maps);
        this.tree = new BTreeBackend(group, tree);
    }

    /** A directory name for any PState name: safe characters kept, others %-escaped. */
    static String dirName(String name) {
        StringBuilder sb = new StringBuilder();
        for (byte b : name.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_') sb.append(c);
            else sb.append('%').append(String.format("%02X", b & 0xff));
        }
        return sb.toString();
    }

    @Override
    public void close() {
        maps.close();
    }
}
