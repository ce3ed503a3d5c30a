package dev.openrama.repl;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every program in {@code samples/} runs through the real entry point with its expected output. */
class SamplesTest {
  @TestFactory
  Stream<DynamicTest> samples() throws IOException {
    return GoldenRunner.testsUnder(Path.of("../samples"));
  }
}
