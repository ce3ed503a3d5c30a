package dev.openrama.bench;

import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.PersistentVector;
import dev.openrama.runtime.data.codec.KeyCodec;
import dev.openrama.runtime.data.codec.ValueCodec;
import java.util.concurrent.TimeUnit;
import org.agrona.ExpandableDirectByteBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Value codec and key encoding throughput on small typical values. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {ForkFlags.LANG, ForkFlags.REFLECT, ForkFlags.IO, ForkFlags.UTIL,
    ForkFlags.NIO, ForkFlags.NIO_CH, ForkFlags.REF, ForkFlags.MISC, ForkFlags.SUN_MISC,
    ForkFlags.JAVAC_FILE, ForkFlags.JAVAC, ForkFlags.NO_ANALYTICS, ForkFlags.NO_ANNOUNCER})
public class CodecBenchmark {
  private final ValueCodec codec = ValueCodec.standard();
  private final KeyCodec keys = KeyCodec.standard();
  private final ExpandableDirectByteBuffer out = new ExpandableDirectByteBuffer(256);
  private final Object record = Payloads.clickRecord();
  private final UnsafeBuffer recordBytes = new UnsafeBuffer(codec.encode(record));
  private final Object vector = PersistentVector.of(1L, 2L, 3L, "four", Keyword.intern("five"));
  private final UnsafeBuffer vectorBytes = new UnsafeBuffer(codec.encode(vector));
  private final byte[] longKey = keys.encode(123_456_789L);
  private final byte[] stringKey = keys.encode("user-123");

  @Benchmark
  public int encodeRecord() {
    return codec.encode(record, out, 0);
  }

  @Benchmark
  public Object decodeRecord() {
    return codec.decode(recordBytes, 0, recordBytes.capacity());
  }

  @Benchmark
  public int encodeVector() {
    return codec.encode(vector, out, 0);
  }

  @Benchmark
  public Object decodeVector() {
    return codec.decode(vectorBytes, 0, vectorBytes.capacity());
  }

  @Benchmark
  public byte[] encodeLongKey() {
    return keys.encode(123_456_789L);
  }

  @Benchmark
  public byte[] encodeStringKey() {
    return keys.encode("user-123");
  }

  @Benchmark
  public Object decodeLongKey() {
    return keys.decode(longKey);
  }

  @Benchmark
  public Object decodeStringKey() {
    return keys.decode(stringKey);
  }
}
