package dev.openrama.runtime.engine.task;

/**
 * One event: code that runs to completion on a task's thread. Dataflow continuations, depot
 * records to process and client reads all arrive at a task as events.
 */
@FunctionalInterface
public interface TaskEvent {
  void run(TaskContext context) throws Exception;
}
