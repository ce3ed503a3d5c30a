package dev.openrama.runtime.engine.storage;

import java.nio.file.Path;

/** Child-process entry point for {@link DataDirectoryTest}: holds a data directory until stdin closes. */
public final class LockHolder {
  private LockHolder() {}

  public static void main(String[] args) throws Exception {
    try (DataDirectory d = DataDirectory.open(Path.of(args[0]))) {
      System.out.println("locked");
      System.out.flush();
      while (System.in.read() != -1) {
        // wait for the parent to close our stdin
      }
    }
  }
}
