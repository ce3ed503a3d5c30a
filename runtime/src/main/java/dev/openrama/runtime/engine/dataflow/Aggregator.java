package dev.openrama.runtime.engine.dataflow;

/** Placeholder; replaced below. */
public interface Aggregator {}
