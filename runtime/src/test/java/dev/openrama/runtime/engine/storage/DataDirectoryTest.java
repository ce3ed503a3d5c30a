package dev.openrama.runtime.engine.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {
  @TempDir
  static Path tmp;

  @Test
  void layoutIsModuleObjectPartition() {
    try (DataDirectory d = DataDirectory.open(tmp.resolve("layout"))) {
      assertThat(d.partitionDir("com.example.WordCount", "*depot", 3))
          .isEqualTo(d.root().resolve("com.example.WordCount").resolve("*depot").resolve("3"));
      assertThat(d.objectDir("a/b", "..")).isEqualTo(d.root().resolve("a%2Fb").resolve("%2E."));
    }
  }

  @Test
  void secondOpenInTheSameProcessIsRefusedUntilClosed() {
    Path root = tmp.resolve("twice");
    DataDirectory first = DataDirectory.open(root);
    assertThatThrownBy(() -> DataDirectory.open(root))
        .isInstanceOf(DataDirectoryInUseError.class)
        .hasMessageContaining("data directory " + root.toAbsolutePath() + " is in use");
    first.close();
    DataDirectory.open(root).close();
  }

  @Test
  void anotherProcessHoldingTheDirectoryIsRefused() throws Exception {
    Path root = tmp.resolve("shared");
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(LockHolder.class.getName());
    cmd.add(root.toString());
    Process child = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    try {
      BufferedReader out = new BufferedReader(
          new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
      assertThat(out.readLine()).isEqualTo("locked");
      assertThatThrownBy(() -> DataDirectory.open(root))
          .isInstanceOf(DataDirectoryInUseError.class)
          .hasMessage("data directory " + root.toAbsolutePath()
              + " is in use by another process (pid " + child.pid() + ")");
    } finally {
      child.getOutputStream().close();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    DataDirectory.open(root).close(); // released when the child exits
  }

  @Test
  void temporaryDirectoriesAreDeletedOnClose() {
    DataDirectory d = DataDirectory.openTemporary();
    Path root = d.root();
    assertThat(Files.isDirectory(root)).isTrue();
    d.close();
    assertThat(Files.exists(root)).isFalse();
  }
}
