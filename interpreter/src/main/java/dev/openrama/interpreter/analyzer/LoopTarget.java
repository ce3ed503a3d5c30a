package dev.openrama.interpreter.analyzer;

/** What a {@code recur} rebinds: the slots of a loop's bindings or a method's parameters. */
record LoopTarget(int[] slots, MethodScope method, String what) {}
