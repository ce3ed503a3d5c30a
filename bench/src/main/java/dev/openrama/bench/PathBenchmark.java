package dev.openrama.bench;

import dev.openrama.runtime.data.AFn;
import dev.openrama.runtime.data.Fn;
import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.Lookups;
import dev.openrama.runtime.data.PersistentArrayMap;
import dev.openrama.runtime.data.PersistentVector;
import dev.openrama.runtime.data.Seqs;
import dev.openrama.runtime.data.path.PathOps;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The path engine against hand-written {@code get-in}/{@code update-in} (the loops
 * {@code clojure.core} runs) on a nested map, without the interpreter; the same comparison
 * through the interpreter is {@code repl/src/test/bench/paths-vs-get-in.rama}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PathBenchmark {
  private static final Keyword USERS = Keyword.intern(null, "users");
  private static final Keyword PROFILE = Keyword.intern(null, "profile");
  private static final Keyword SCORE = Keyword.intern(null, "score");

  private final Object data = PersistentArrayMap.create(USERS,
      PersistentArrayMap.create("alice", PersistentArrayMap.create(PROFILE,
          PersistentArrayMap.create(SCORE, 1L))));
  private final PersistentVector path = PersistentVector.of(USERS, "alice", PROFILE, SCORE);
  private final Object[] keys = {USERS, "alice", PROFILE, SCORE};
  private final Fn inc = new AFn() {
    @Override
    public Object invoke(Object x) {
      return (Long) x + 1;
    }
  };

  @Benchmark
  public Object selectOnePath() {
    return PathOps.selectOne(path, data);
  }

  @Benchmark
  public Object getInHand() {
    Object m = data;
    for (Object k : keys) {
      m = Lookups.get(m, k);
    }
    return m;
  }

  @Benchmark
  public Object transformPath() {
    return PathOps.transform(path, inc, data);
  }

  @Benchmark
  public Object updateInHand() {
    return updateIn(data, 0);
  }

  private Object updateIn(Object m, int i) {
    Object k = keys[i];
    Object v = Lookups.get(m, k);
    return Seqs.assoc(m, k, i == keys.length - 1 ? inc.invoke(v) : updateIn(v, i + 1));
  }
}
