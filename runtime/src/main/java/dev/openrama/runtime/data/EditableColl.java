package dev.openrama.runtime.data;

/** A persistent collection with a transient counterpart ({@code transient}). */
public interface EditableColl {
  TransientColl asTransient();
}
