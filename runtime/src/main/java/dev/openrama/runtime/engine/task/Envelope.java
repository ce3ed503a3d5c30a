package dev.openrama.runtime.engine.task;

/** An event on its way to a task, with the tree it belongs to. */
record Envelope(int task, EventTree tree, TaskEvent event) {}
