package dev.openrama.runtime.engine.store;

/**
 * Answers, during recovery, whether a microbatch attempt that a task prepared but never saw
 * decided was committed by its coordinator. Called on the recovering thread.
 */
@FunctionalInterface
public interface AttemptResolver {
    /** TRUE if committed, FALSE if aborted, null if not known yet (the attempt stays prepared). */
    Boolean committed(long attempt);

    AttemptResolver UNDECIDED = attempt -> null;
}
