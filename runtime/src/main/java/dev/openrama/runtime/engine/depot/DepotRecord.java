package dev.openrama.runtime.engine.depot;

/** A decoded depot record: its dense offset, append time and value. */
public record DepotRecord(long offset, long timestampMillis, Object value) {}
