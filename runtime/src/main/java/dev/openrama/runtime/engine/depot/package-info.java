/**
 * Depots: partitioned append-only logs (DESIGN.md 6, SPEC 1.2).
 *
 * <p>A {@link dev.openrama.runtime.engine.depot.Depot} has one
 * {@link dev.openrama.runtime.engine.depot.DepotPartition} per task, each a Chronicle Queue under
 * {@code <data dir>/<module>/<depot>/<partition>}, opened on first use. Records get dense
 * offsets 0, 1, 2 ... and an append timestamp; they are read by offset range, followed with a
 * {@link dev.openrama.runtime.engine.depot.DepotTailer}, and located for a topology's
 * {@code :start-from} with {@link dev.openrama.runtime.engine.depot.StartPosition}.
 * Chronicle-specific helpers live in {@code internal}.
 */
package dev.openrama.runtime.engine.depot;
