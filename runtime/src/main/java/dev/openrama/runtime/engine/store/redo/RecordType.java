package dev.openrama.runtime.engine.store.redo;

/** First byte of every redo record. */
public final class RecordType {
    /** A unit's writes and offsets, committed. */
    public static final int COMMIT = 1;
    /** A microbatch attempt's writes and offsets, invisible until decided. */
    public static final int PREPARE = 2;
    /** The decision on a prepared attempt. */
    public static final int DECIDE = 3;
    /** Part of a group's final raw-entry bytes; meaningful only once its group's last part is logged. */
    public static final int GROUP_PART = 4;
    /** The last part of a group: the group is complete and may be applied to the maps. */
    public static final int GROUP_LAST = 5;

    private RecordType() {}
}
