package dev.openrama.runtime.engine.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The root under which a cluster keeps its state, laid out as
 * {@code <root>/<module>/<object>/<partition>} (an object is a depot or PState; a partition is a
 * task's share). Opening takes an exclusive lock on {@code <root>/lock}, so a second process
 * (or a second open in this one) gets {@link DataDirectoryInUseError} instead of two writers
 * corrupting the same queues. Opening is cheap: no Chronicle class loads until a store needs one.
 *
 * <p>Thread-safe. {@link #close()} closes every store registered with {@link #onClose} (last
 * registered first), then releases the lock, then deletes the tree if it was temporary.
 */
public final class DataDirectory implements AutoCloseable {
  private final Path root;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final boolean temporary;
  private final Deque<AutoCloseable> closeables = new ArrayDeque<>();
  private boolean closed;

  private DataDirectory(Path root, FileChannel lockChannel, FileLock lock, boolean temporary) {
    this.root = root;
    this.lockChannel = lockChannel;
    this.lock = lock;
    this.temporary = temporary;
  }

  /** Opens (creating if needed) a data directory that outlives this process. */
  public static DataDirectory open(Path root) {
    return open(root, false);
  }

  /** A fresh directory under the system temp dir, deleted on close. */
  public static DataDirectory openTemporary() {
    try {
      return open(Files.createTempDirectory("openrama-"), true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static DataDirectory open(Path root, boolean temporary) {
    Path abs = root.toAbsolutePath().normalize();
    FileChannel ch = null;
    try {
      Files.createDirectories(abs);
      ch = FileChannel.open(abs.resolve("lock"), StandardOpenOption.CREATE,
          StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock l;
      try {
        l = ch.tryLock();
      } catch (OverlappingFileLockException e) {
        ch.close();
        throw new DataDirectoryInUseError(abs, "opened twice in process "
            + ProcessHandle.current().pid());
      }
      if (l == null) {
        String holder = readHolder(ch);
        ch.close();
        throw new DataDirectoryInUseError(abs, holder);
      }
      ch.truncate(0);
      ch.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid())
          .getBytes(StandardCharsets.UTF_8)), 0);
      // Chronicle's log stays in the JVM-wide file: slf4j-simple picks its file once per JVM,
      // and a data directory (often temporary) may be deleted while the JVM still logs.
      ChronicleSystem.ensureConfigured();
      return new DataDirectory(abs, ch, l, temporary);
    } catch (IOException e) {
      closeQuietly(ch);
      throw new UncheckedIOException("cannot open data directory " + abs, e);
    }
  }

  private static String readHolder(FileChannel ch) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(64);
    int n = ch.read(b, 0);
    return n <= 0 ? "" : new String(b.array(), 0, n, StandardCharsets.UTF_8).trim();
  }

  public Path root() {
    return root;
  }

  /** {@code <root>/<module>/<object>}; names are escaped to stay one path segment each. */
  public Path objectDir(String module, String object) {
    return root.resolve(segment(module)).resolve(segment(object));
  }

  /** {@code <root>/<module>/<object>/<partition>}. Not created here. */
  public Path partitionDir(String module, String object, int partition) {
    return objectDir(module, object).resolve(Integer.toString(partition));
  }

  /** Escapes characters a file name cannot hold (or would change meaning) as {@code %XX}. */
  static String segment(String name) {
    StringBuilder sb = new StringBuilder(name.length());
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xFF);
      boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '_' || c == '.' || c == '*' || c == '$' || c == '+' || c == '!';
      if (plain && !(sb.length() == 0 && c == '.')) {
        sb.append(c);
      } else {
        sb.append('%').append(String.format("%02X", b & 0xFF));
      }
    }
    return sb.length() == 0 ? "%" : sb.toString();
  }

  /** Registers a store to close before the lock is released. */
  public synchronized void onClose(AutoCloseable c) {
    if (closed) {
      throw new IllegalStateException("data directory " + root + " is closed");
    }
    closeables.push(c);
  }

  public synchronized boolean isClosed() {
    return closed;
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    RuntimeException first = null;
    while (!closeables.isEmpty()) {
      try {
        closeables.pop().close();
      } catch (Exception e) {
        if (first == null) {
          first = e instanceof RuntimeException ? (RuntimeException) e : new RuntimeException(e);
        }
      }
    }
    try {
      lock.release();
    } catch (IOException ignored) {
      // the channel close below releases it too
    }
    closeQuietly(lockChannel);
    if (temporary) {
      deleteTree(root);
    }
    if (first != null) {
      throw first;
    }
  }

  private static void closeQuietly(FileChannel ch) {
    if (ch != null) {
      try {
        ch.close();
      } catch (IOException ignored) {
        // nothing more to release
      }
    }
  }

  /** Deletes a directory tree, best effort (a temporary directory). */
  static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path f, BasicFileAttributes a) throws IOException {
          Files.deleteIfExists(f);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
          Files.deleteIfExists(d);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException ignored) {
      // leftovers in the temp dir are harmless
    }
  }
}
