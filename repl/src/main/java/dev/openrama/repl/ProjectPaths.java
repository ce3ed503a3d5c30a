package dev.openrama.repl;

import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.Lookups;
import dev.openrama.runtime.data.Seq;
import dev.openrama.runtime.data.Seqs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The source paths a Clojure user expects in a project folder: {@code src} and {@code test},
 * plus {@code :paths} (and the {@code :test} alias's {@code :extra-paths}) of a {@code deps.edn},
 * or {@code :source-paths}/{@code :test-paths} of a {@code project.clj}.
 */
final class ProjectPaths {
  private ProjectPaths() {}

  static List<Path> of(Path dir) {
    List<Path> out = new ArrayList<>();
    Path deps = dir.resolve("deps.edn");
    if (Files.isRegularFile(deps)) {
      Object edn = TestRunner.readEdn(deps);
      addAll(out, dir, Lookups.get(edn, kw("paths")));
      Object test = Lookups.get(Lookups.get(edn, kw("aliases")), kw("test"));
      addAll(out, dir, Lookups.get(test, kw("extra-paths")));
    }
    Path project = dir.resolve("project.clj");
    if (Files.isRegularFile(project)) {
      Object form = TestRunner.readEdn(project);
      List<Object> items = new ArrayList<>();
      for (Seq s = Seqs.seq(form); s != null; s = s.next()) {
        items.add(s.first());
      }
      for (int i = 3; i + 1 < items.size(); i += 2) {
        if (items.get(i).equals(kw("source-paths")) || items.get(i).equals(kw("test-paths"))) {
          addAll(out, dir, items.get(i + 1));
        }
      }
    }
    for (String d : new String[] {"src", "test"}) {
      if (Files.isDirectory(dir.resolve(d))) {
        out.add(dir.resolve(d));
      }
    }
    return out;
  }

  private static void addAll(List<Path> out, Path dir, Object paths) {
    for (Seq s = Seqs.seq(paths); s != null; s = s.next()) {
      if (s.first() instanceof String) {
        out.add(dir.resolve((String) s.first()));
      }
    }
  }

  private static Keyword kw(String k) {
    return Keyword.intern(null, k);
  }

}
