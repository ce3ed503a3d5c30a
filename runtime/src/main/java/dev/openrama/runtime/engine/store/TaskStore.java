package dev.openrama.runtime.engine.store;

import java.util.Map;
import java.util.Set;

/**
 * All PState partitions of one task plus the task's unit-of-work machinery.
 *
 * <p>A unit (a stream event, a microbatch attempt) starts with {@link #beginUnit()}; its writes
 * to any of the task's stores go to an overlay that the unit's own reads see first. {@link
 * #commit(Map)} makes the writes durable atomically together with the consumed source offsets;
 * {@link #abort()} discards them. Microbatches use the two-phase form: {@link #prepare(long,
 * Map)} logs the attempt's writes (invisible), then {@link #commitPrepared(long)} or {@link
 * #abortPrepared(long)} once the coordinator decides.
 *
 * <p>Durable implementations group commits: a commit is durable (against a process kill) when
 * it returns, and the stores' files are updated in groups. Not thread-safe: one task thread.
 */
public interface TaskStore extends AutoCloseable {
    /** The partition of PState {@code name}, created empty on first use. */
    PStateStore store(String name);

    void beginUnit();

    boolean inUnit();

    /** Commits the open unit and records {@code consumedOffsets} (source id → next offset). */
    void commit(Map<String, Long> consumedOffsets);

    /** Discards the open unit's writes. */
    void abort();

    /** Ends the open unit by logging its writes under {@code attempt}, still invisible. */
    void prepare(long attempt, Map<String, Long> consumedOffsets);

    /** Makes a prepared attempt's writes and offsets visible and durable. */
    void commitPrepared(long attempt);

    void abortPrepared(long attempt);

    /** Attempts prepared and not yet decided (including ones recovered from the log). */
    Set<Long> preparedAttempts();

    /** Offsets of all committed units merged (latest per source id); survives reopen. */
    Map<String, Long> consumedOffsets();

    /** Writes every committed unit through to the store files now. */
    void flush();

    @Override
    void close();
}
