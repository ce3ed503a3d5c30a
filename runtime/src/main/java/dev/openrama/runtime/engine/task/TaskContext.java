package dev.openrama.runtime.engine.task;

/**
 * What an event sees of where it runs: its task, and a way to continue work on another task
 * within the same event tree.
 */
public interface TaskContext {
  int taskId();

  int taskCount();

  /** The tree the running event belongs to (null for events outside any tree). */
  EventTree tree();

  /**
   * Runs {@code event} as a new event on {@code task}, in the running event's tree, after the
   * running event ends. Per pair of tasks, posted events run in the order they were posted.
   */
  void post(int task, TaskEvent event);
}
