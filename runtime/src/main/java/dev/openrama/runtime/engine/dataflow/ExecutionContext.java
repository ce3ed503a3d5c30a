package dev.openrama.runtime.engine.dataflow;

import dev.openrama.runtime.data.Keyword;
import java.util.Random;

/**
 * What an operation can ask about where it runs ({@code ops/current-task-id} and friends). Task
 * threads install theirs around each event; outside any module ({@code ?<-}) the default says
 * task 0, no topology. One per thread.
 */
public class ExecutionContext {
  private static final ExecutionContext NONE = new ExecutionContext();
  private static final ThreadLocal<ExecutionContext> CURRENT = new ThreadLocal<>();
  private static final ThreadLocal<Random> RANDOM = ThreadLocal.withInitial(Random::new);

  public static ExecutionContext current() {
    ExecutionContext c = CURRENT.get();
    return c == null ? NONE : c;
  }

  /** Installs {@code c} for the calling thread; returns the previous one to restore. */
  public static ExecutionContext enter(ExecutionContext c) {
    ExecutionContext prev = CURRENT.get();
    CURRENT.set(c);
    return prev;
  }

  public static void restore(ExecutionContext prev) {
    CURRENT.set(prev);
  }

  public int taskId() {
    return 0;
  }

  /** {@code :stream}, {@code :microbatch}, {@code :query}, or null outside topologies. */
  public Keyword topologyType() {
    return null;
  }

  public long microbatchId() {
    throw new IllegalStateException("current-microbatch-id can only be used in a microbatch"
        + " topology");
  }

  public Object moduleInstanceInfo() {
    throw new IllegalStateException("module-instance-info can only be used inside a module");
  }

  public Random randomSource() {
    return RANDOM.get();
  }
}
