package dev.openrama.repl;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every golden program under {@code src/test/golden}, one folder per feature. */
class GoldenTest {
  @TestFactory
  Stream<DynamicTest> golden() throws IOException {
    return GoldenRunner.testsUnder(Path.of("src/test/golden"));
  }
}
