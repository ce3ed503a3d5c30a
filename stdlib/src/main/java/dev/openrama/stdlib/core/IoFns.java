package dev.openrama.stdlib.core;

import dev.openrama.interpreter.Interpreter;
import dev.openrama.interpreter.Var;
import dev.openrama.interpreter.reader.Reader;
import dev.openrama.interpreter.reader.Source;
import dev.openrama.runtime.data.Cons;
import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.LazySeq;
import dev.openrama.runtime.data.Symbol;
import dev.openrama.runtime.data.Truth;
import java.io.BufferedReader;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Files and streams: {@code slurp spit line-seq read-line read-string}. */
final class IoFns {
  private IoFns() {}

  private static final Keyword ENCODING = Keyword.intern(null, "encoding");
  private static final Keyword APPEND = Keyword.intern(null, "append");

  static void install(CoreInstaller c, Interpreter interp) {
    Var in = c.ns().findInterned(Symbol.intern(null, "*in*"));
    c.builtin("slurp").variadic(1, args -> slurp(args[0], charset(args)));
    c.builtin("spit").variadic(2, args -> {
      spit(args[0], PrintFns.str(args[1]), charset(args), Truth.isTruthy(opt(args, APPEND)));
      return null;
    });
    c.builtin("line-seq").with(r -> lineSeq((BufferedReader) r));
    c.builtin("read-line").with(() -> {
      try {
        return ((BufferedReader) in.deref()).readLine();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    c.builtin("read-string").with(s -> readString(interp, (String) s))
        .with((opts, s) -> readString(interp, (String) s));
  }

  static Object readString(Interpreter interp, String s) {
    Object form = new Reader(new Source("NO_SOURCE_PATH", s), interp.readerContext()).read();
    if (form == Reader.EOF) {
      throw new RuntimeException("EOF while reading");
    }
    return form;
  }

  private static Object opt(Object[] args, Keyword k) {
    for (int i = args.length - 2; i >= 1; i -= 1) {
      if (k.equals(args[i])) {
        return args[i + 1];
      }
    }
    return null;
  }

  private static Charset charset(Object[] args) {
    Object enc = opt(args, ENCODING);
    return enc == null ? StandardCharsets.UTF_8 : Charset.forName((String) enc);
  }

  private static LazySeq lineSeq(BufferedReader r) {
    return Lazy.seq(() -> {
      try {
        String line = r.readLine();
        return line == null ? null : new Cons(line, lineSeq(r));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  static String slurp(Object src, Charset cs) {
    try {
      if (src instanceof java.io.Reader) {
        return readAll((java.io.Reader) src);
      }
      if (src instanceof InputStream) {
        return readAll(new InputStreamReader((InputStream) src, cs));
      }
      if (src instanceof URL) {
        try (InputStream is = ((URL) src).openStream()) {
          return readAll(new InputStreamReader(is, cs));
        }
      }
      File f = src instanceof File ? (File) src : new File((String) src);
      return new String(java.nio.file.Files.readAllBytes(f.toPath()), cs);
    } catch (java.nio.file.NoSuchFileException e) {
      throw Sneaky.sneak(new java.io.FileNotFoundException(e.getFile()
          + " (No such file or directory)"));
    } catch (IOException e) {
      throw Sneaky.sneak(e);
    }
  }

  private static String readAll(java.io.Reader r) throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[8192];
    for (int n = r.read(buf); n >= 0; n = r.read(buf)) {
      sb.append(buf, 0, n);
    }
    return sb.toString();
  }

  private static void spit(Object dest, String content, Charset cs, boolean append) {
    try {
      if (dest instanceof Writer) {
        try (Writer w = (Writer) dest) {
          w.write(content);
        }
        return;
      }
      File f = dest instanceof File ? (File) dest : new File((String) dest);
      try (Writer w = new OutputStreamWriter(new FileOutputStream(f, append), cs)) {
        w.write(content);
      }
    } catch (IOException e) {
      throw Sneaky.sneak(e);
    }
  }

  /** Rethrows a checked exception unchanged, as Clojure code sees it. */
  static final class Sneaky {
    private Sneaky() {}

    static RuntimeException sneak(Throwable t) {
      return dev.openrama.interpreter.node.Sneaky.<RuntimeException>sneak(t);
    }
  }
}
