package dev.openrama.stdlib.dataflow;

import dev.openrama.interpreter.Namespace;
import dev.openrama.runtime.data.MapEntry;
import dev.openrama.runtime.data.Numbers;
import dev.openrama.runtime.data.Seq;
import dev.openrama.runtime.data.Seqs;
import dev.openrama.runtime.engine.aggs.Accumulator;
import dev.openrama.runtime.engine.aggs.Aggregator;
import dev.openrama.runtime.engine.aggs.Combiner;
import dev.openrama.runtime.engine.dataflow.Emitter;
import dev.openrama.runtime.engine.dataflow.ExecutionContext;
import dev.openrama.stdlib.core.CoreInstaller;
import java.security.SecureRandom;
import java.util.UUID;

/** {@code com.rpl.rama.ops}: built-in emitting operations and introspection (SPEC §3.15). */
public final class OpsNamespace {
  private static final SecureRandom RANDOM = new SecureRandom();

  private OpsNamespace() {}

  public static void install(Namespace ns) {
    CoreInstaller c = new CoreInstaller(ns);
    RamaNamespace.op(ns, "explode", (args, out) -> {
      for (Seq s = Seqs.seq(one(args, "explode")); s != null; s = s.next()) {
        out.emit(s.first());
      }
    });
    RamaNamespace.op(ns, "explode-indexed", (args, out) -> {
      long i = 0;
      for (Seq s = Seqs.seq(one(args, "explode-indexed")); s != null; s = s.next()) {
        out.emit(Emitter.DEFAULT, new Object[] {i++, s.first()});
      }
    });
    RamaNamespace.op(ns, "explode-map", (args, out) -> {
      for (Seq s = Seqs.seq(one(args, "explode-map")); s != null; s = s.next()) {
        MapEntry e = (MapEntry) s.first();
        out.emit(Emitter.DEFAULT, new Object[] {e.key(), e.val()});
      }
    });
    RamaNamespace.op(ns, "expand", (args, out) -> {
      out.emit(Emitter.DEFAULT, Seqs.toArray(one(args, "expand")));
    });
    RamaNamespace.op(ns, "range>", (args, out) -> {
      if (args.length < 2 || args.length > 3) {
        throw new IllegalArgumentException("range> takes start, end and an optional step");
      }
      Object step = args.length == 3 ? args[2] : 1L;
      boolean up = Numbers.compare(step, 0L) > 0;
      if (Numbers.compare(step, 0L) == 0) {
        throw new IllegalArgumentException("range> step must not be zero");
      }
      for (Object i = args[0]; up ? Numbers.compare(i, args[1]) < 0
          : Numbers.compare(i, args[1]) > 0; i = Numbers.add(i, step)) {
        out.emit(i);
      }
    });
    c.builtin("current-task-id").with(() -> (long) ExecutionContext.current().taskId());
    c.builtin("current-topology-type").with(() -> ExecutionContext.current().topologyType());
    c.builtin("current-microbatch-id").with(() -> ExecutionContext.current().microbatchId());
    c.builtin("current-random-source").with(() -> ExecutionContext.current().randomSource());
    c.builtin("module-instance-info").with(() ->
        ExecutionContext.current().moduleInstanceInfo());
    c.builtin("random-uuid7").with(OpsNamespace::uuid7);
    c.builtin("agg->init-fn").with(a -> {
      Aggregator agg = agg(a);
      return agg instanceof Combiner ? ((Combiner) agg).initFn()
          : ((Accumulator) agg).initFn();
    });
    c.builtin("agg->update-fn").with(a -> {
      Aggregator agg = agg(a);
      return agg instanceof Combiner ? ((Combiner) agg).combineFn()
          : ((Accumulator) agg).updateFn();
    });
  }

  private static Aggregator agg(Object a) {
    if (!(a instanceof Aggregator)) {
      throw new IllegalArgumentException("not an aggregator: " + a);
    }
    return (Aggregator) a;
  }

  private static Object one(Object[] args, String name) {
    if (args.length != 1) {
      throw new dev.openrama.runtime.data.ArityException(args.length,
          "com.rpl.rama.ops/" + name);
    }
    return args[0];
  }

  /** A time-ordered UUID (version 7): 48 bits of Unix milliseconds, then random bits. */
  static UUID uuid7() {
    long ms = System.currentTimeMillis();
    long hi = (ms << 16) | 0x7000L | (RANDOM.nextInt() & 0x0FFFL);
    long lo = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(hi, lo);
  }
}
