package dev.openrama.stdlib.io;

import dev.openrama.interpreter.Namespace;
import dev.openrama.interpreter.node.Sneaky;
import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.Truth;
import dev.openrama.stdlib.core.CoreInstaller;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * {@code clojure.java.io}: coercions to files, readers, writers and streams ({@code file reader
 * writer input-stream output-stream resource copy delete-file make-parents as-url}). Strings
 * name files (or URLs when they parse as one), as in Clojure.
 */
public final class JavaIoNamespace {
  private static final Keyword ENCODING = Keyword.intern(null, "encoding");
  private static final Keyword APPEND = Keyword.intern(null, "append");

  private JavaIoNamespace() {}

  public static void install(Namespace ns) {
    CoreInstaller c = new CoreInstaller(ns);
    c.builtin("file").with(JavaIoNamespace::file).variadic(2, args -> {
      File f = new File(file(args[0]), path(args[1]));
      for (int i = 2; i < args.length; i++) {
        f = new File(f, path(args[i]));
      }
      return f;
    });
    c.builtin("as-file").with(x -> x == null ? null : file(x));
    c.builtin("as-url").with(x -> {
      try {
        return x == null ? null : x instanceof URL ? x : x instanceof File
            ? ((File) x).toURI().toURL() : x instanceof URI ? ((URI) x).toURL()
            : new URL((String) x);
      } catch (MalformedURLException e) {
        throw Sneaky.<RuntimeException>sneak(e);
      }
    });
    c.builtin("as-relative-path").with(x -> {
      File f = file(x);
      if (f.isAbsolute()) {
        throw new IllegalArgumentException(f + " is not a relative path");
      }
      return f.getPath();
    });
    c.builtin("reader").variadic(1, args -> reader(args[0], charset(args)));
    c.builtin("writer").variadic(1, args -> writer(args[0], charset(args),
        Truth.isTruthy(opt(args, APPEND))));
    c.builtin("input-stream").variadic(1, args -> inputStream(args[0]));
    c.builtin("output-stream").variadic(1, args -> outputStream(args[0],
        Truth.isTruthy(opt(args, APPEND))));
    c.builtin("resource").with(n -> Thread.currentThread().getContextClassLoader()
        .getResource((String) n))
        .with((n, loader) -> ((ClassLoader) loader).getResource((String) n));
    c.builtin("copy").variadic(2, args -> {
      copy(args[0], args[1], charset(args));
      return null;
    });
    c.builtin("delete-file").with(f -> delete(f, false))
        .with((f, silently) -> delete(f, Truth.isTruthy(silently) || silently != null));
    c.builtin("make-parents").variadic(1, args -> {
      File f = file(args[0]);
      for (int i = 1; i < args.length; i++) {
        f = new File(f, path(args[i]));
      }
      File parent = f.getParentFile();
      return parent != null && parent.mkdirs();
    });
  }

  private static Object delete(Object f, boolean silently) {
    boolean ok = file(f).delete();
    if (!ok && !silently) {
      throw Sneaky.<RuntimeException>sneak(new IOException("Couldn't delete " + f));
    }
    return ok;
  }

  private static String path(Object x) {
    return x instanceof File ? ((File) x).getPath() : x.toString();
  }

  static File file(Object x) {
    if (x instanceof File) {
      return (File) x;
    }
    if (x instanceof URL) {
      return new File(((URL) x).getPath());
    }
    if (x instanceof URI) {
      return new File((URI) x);
    }
    return new File((String) x);
  }

  private static Object opt(Object[] args, Keyword k) {
    for (int i = 1; i + 1 < args.length; i++) {
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

  private static URL url(String s) {
    try {
      return new URL(s);
    } catch (MalformedURLException e) {
      return null;
    }
  }

  static InputStream inputStream(Object x) {
    try {
      if (x instanceof InputStream) {
        return x instanceof BufferedInputStream ? (InputStream) x
            : new BufferedInputStream((InputStream) x);
      }
      if (x instanceof byte[]) {
        return new ByteArrayInputStream((byte[]) x);
      }
      if (x instanceof URL) {
        return new BufferedInputStream(((URL) x).openStream());
      }
      if (x instanceof String && url((String) x) != null) {
        return new BufferedInputStream(url((String) x).openStream());
      }
      return new BufferedInputStream(new FileInputStream(file(x)));
    } catch (IOException e) {
      throw Sneaky.<RuntimeException>sneak(e);
    }
  }

  static BufferedReader reader(Object x, Charset cs) {
    if (x instanceof BufferedReader) {
      return (BufferedReader) x;
    }
    if (x instanceof Reader) {
      return new BufferedReader((Reader) x);
    }
    return new BufferedReader(new InputStreamReader(inputStream(x), cs));
  }

  static OutputStream outputStream(Object x, boolean append) {
    try {
      if (x instanceof OutputStream) {
        return x instanceof BufferedOutputStream ? (OutputStream) x
            : new BufferedOutputStream((OutputStream) x);
      }
      return new BufferedOutputStream(new FileOutputStream(file(x), append));
    } catch (IOException e) {
      throw Sneaky.<RuntimeException>sneak(e);
    }
  }

  static BufferedWriter writer(Object x, Charset cs, boolean append) {
    if (x instanceof BufferedWriter) {
      return (BufferedWriter) x;
    }
    if (x instanceof Writer) {
      return new BufferedWriter((Writer) x);
    }
    return new BufferedWriter(new OutputStreamWriter(outputStream(x, append), cs));
  }

  private static void copy(Object in, Object out, Charset cs) {
    try {
      if (in instanceof String) {
        in = new StringReader((String) in);
      }
      if (in instanceof Reader || out instanceof Writer) {
        Reader r = in instanceof Reader ? (Reader) in
            : new InputStreamReader(inputStream(in), cs);
        Writer w = out instanceof Writer ? (Writer) out
            : new OutputStreamWriter(outputStream(out, false), cs);
        r.transferTo(w);
        w.flush();
        if (!(out instanceof Writer)) {
          w.close();
        }
        return;
      }
      InputStream is = inputStream(in);
      OutputStream os = outputStream(out, false);
      is.transferTo(os);
      os.flush();
      if (!(out instanceof OutputStream)) {
        os.close();
      }
      if (!(in instanceof InputStream)) {
        is.close();
      }
    } catch (IOException e) {
      throw Sneaky.<RuntimeException>sneak(e);
    }
  }
}
