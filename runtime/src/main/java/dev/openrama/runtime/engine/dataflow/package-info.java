/**
 * Dataflow plans and their execution. A plan is a graph of {@link
 * dev.openrama.runtime.engine.dataflow.PlanNode}s in continuation-passing style: each node does
 * its work on a {@link dev.openrama.runtime.engine.dataflow.PlanFrame} (variables in slots) and
 * runs its continuation synchronously, once per emit, depth first. The same plan runs on the
 * calling thread ({@code ?<-}, ramafns) and, later, on task threads; async boundaries carry the
 * set of live slots so only those values travel.
 *
 * <p>Plans are built by the dataflow compiler (in stdlib) and are immutable once built; frames
 * belong to one thread at a time.
 */
package dev.openrama.runtime.engine.dataflow;
