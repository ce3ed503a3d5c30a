package dev.openrama.runtime.data;

/** A value computed on demand ({@code realized?}). */
public interface Pending {
  boolean isRealized();
}
