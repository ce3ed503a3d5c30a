package dev.openrama.bench;

/**
 * PState vs raw Chronicle Map ratios by alternating slices, as {@link InterleavedRatio} does for
 * depots: the argument names the comparison (pstate-get, pstate-put), one JVM each. Uses the
 * same data as {@link PStatePointBenchmark}. Slices are {@link #SLICE} operations: a commit
 * group is flushed every 20,000 written entries (the default {@code StoreConfig}), so every
 * slice of puts pays its share of flushes; with shorter slices the median would drop the rounds
 * that contain one.
 */
public final class InterleavedPStateRatio {
  static final int SLICE = 40_000;

  private InterleavedPStateRatio() {}

  public static void main(String[] args) {
    String which = args.length > 0 ? args[0] : "pstate-put";
    int n = PStateFixture.ENTRIES;
    try (PStateFixture f = new PStateFixture(Bench.tempDir("pstate-ratio"), n, 2L * n)) {
      int[] next = {0, 0};
      long[] offset = {0};
      long[] sink = {0};
      InterleavedRatio.Op rawGet = () -> {
        sink[0] += f.raw.get(f.keys[next[0]]).length;
        if (++next[0] == n) next[0] = 0;
      };
      InterleavedRatio.Op ourGet = () -> {
        sink[0] += f.committed.get(f.keys[next[1]]).length;
        if (++next[1] == n) next[1] = 0;
      };
      InterleavedRatio.Op rawPut = () -> {
        f.raw.put(f.keys[next[0]], f.value);
        if (++next[0] == n) next[0] = 0;
      };
      InterleavedRatio.Op ourPut = () -> {
        f.putUnit(f.keys[next[1]], offset[0]++);
        if (++next[1] == n) next[1] = 0;
      };
      switch (which) {
        case "pstate-get" -> System.out.printf("pstate point get               median ratio %.2fx%n",
            InterleavedRatio.ratio(rawGet, ourGet, SLICE));
        case "pstate-put" -> System.out.printf("pstate put, 1 per unit         median ratio %.2fx%n",
            InterleavedRatio.ratio(rawPut, ourPut, SLICE));
        default -> throw new IllegalArgumentException(which);
      }
      if (sink[0] == 42) System.out.println();
    }
  }
}
