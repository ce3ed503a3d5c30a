package dev.openrama.stdlib.types;

import dev.openrama.runtime.data.Fn;
import java.io.IOException;
import java.io.Writer;
import java.util.function.Function;

/**
 * {@code (proxy [java.io.Writer] [] (write ...) (flush []) (close []))}. As with Clojure's
 * proxies, one function per method name receives every overload; a method without a function
 * falls back to Writer's own behaviour.
 */
final class ProxyWriter extends Writer {
  private final Function<String, Fn> methods;

  ProxyWriter(Function<String, Fn> methods) {
    this.methods = methods;
  }

  @Override
  public void write(char[] cbuf, int off, int len) throws IOException {
    Fn f = methods.apply("write");
    if (f == null) {
      throw new UnsupportedOperationException("write");
    }
    f.invoke(this, cbuf, (long) off, (long) len);
  }

  @Override
  public void write(String s) throws IOException {
    Fn f = methods.apply("write");
    if (f == null) {
      super.write(s);
    } else {
      f.invoke(this, s);
    }
  }

  @Override
  public void write(int c) throws IOException {
    Fn f = methods.apply("write");
    if (f == null) {
      super.write(c);
    } else {
      f.invoke(this, (long) c);
    }
  }

  @Override
  public void write(String s, int off, int len) throws IOException {
    Fn f = methods.apply("write");
    if (f == null) {
      super.write(s, off, len);
    } else {
      f.invoke(this, s, (long) off, (long) len);
    }
  }

  @Override
  public void flush() {
    Fn f = methods.apply("flush");
    if (f != null) {
      f.invoke(this);
    }
  }

  @Override
  public void close() {
    Fn f = methods.apply("close");
    if (f != null) {
      f.invoke(this);
    }
  }
}
