package dev.openrama.runtime.data;

/** Marker: the collection is ordered and compares equal to other sequential collections. */
public interface Sequential {}
