package dev.openrama.runtime.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Clojure's printer: {@code pr} (readably: strings quoted, characters as {@code \c}, metadata
 * when asked) and {@code print} (raw strings and characters), with {@code *print-length*} and
 * {@code *print-level*} limits from {@link PrintOptions}. Collections are recognised by
 * interface: {@link VectorColl} prints {@code [1 2]}, {@link MapColl} {@code {:a 1, :b 2}},
 * {@link SetColl} {@code #{1 2}}, {@link Seq} and {@link ListColl} {@code (1 2)}; Java lists,
 * maps and sets print like them when readable, as in Clojure.
 *
 * <p>Types print themselves by implementing {@link Printable}; classes we do not own get a
 * {@link PrintMethod} through {@link #register}, which takes precedence over everything else.
 *
 * <p>An instance is one print job: not thread-safe, used by one thread. The static methods and
 * the registry are thread-safe; register methods at startup, since registration is process-wide.
 */
public final class Printer {
  private static final ConcurrentHashMap<Class<?>, PrintMethod> REGISTERED =
      new ConcurrentHashMap<>();
  private static final ConcurrentHashMap<Class<?>, Optional<PrintMethod>> RESOLVED =
      new ConcurrentHashMap<>();
  private static final Keyword TAG = Keyword.intern("tag");
  private static final Keyword STATUS = Keyword.intern("status");
  private static final Keyword VAL = Keyword.intern("val");
  private static final Keyword READY = Keyword.intern("ready");
  private static final Keyword PENDING = Keyword.intern("pending");
  private static final Keyword FAILED = Keyword.intern("failed");

  private final Appendable out;
  private final boolean readably;
  private final PrintOptions options;
  /** Levels still allowed below the current one; {@code -1} once exhausted; unused if null. */
  private Integer level;

  private Printer(Appendable out, boolean readably, PrintOptions options) {
    this.out = out;
    this.readably = readably;
    this.options = options;
    this.level = options.printLevel();
  }

  // ---------------------------------------------------------------- entry points

  /** Prints {@code x} to {@code out}: {@code pr} when readably, {@code print} otherwise. */
  public static void print(Object x, Appendable out, boolean readably) {
    print(x, out, readably, PrintOptions.DEFAULT);
  }

  public static void print(Object x, Appendable out, boolean readably, PrintOptions options) {
    new Printer(out, readably, options).printValue(x);
  }

  /** {@code pr-str} of one value. */
  public static String printString(Object x) {
    return printString(x, PrintOptions.DEFAULT);
  }

  public static String printString(Object x, PrintOptions options) {
    StringBuilder sb = new StringBuilder();
    print(x, sb, true, options);
    return sb.toString();
  }

  /** {@code print-str} of one value: as {@code println} shows it, without the newline. */
  public static String printStr(Object x) {
    return printStr(x, PrintOptions.DEFAULT);
  }

  public static String printStr(Object x, PrintOptions options) {
    StringBuilder sb = new StringBuilder();
    print(x, sb, false, options);
    return sb.toString();
  }

  /**
   * {@code str} of one value: {@code ""} for nil, Java's text for strings, characters, numbers
   * ({@code 1N} is {@code "1"}, {@code ##Inf} is {@code "Infinity"}) and other objects, and the
   * readable print of the language's collections.
   */
  public static String str(Object x) {
    if (x == null) {
      return "";
    }
    if (x instanceof String) {
      return (String) x;
    }
    if (x instanceof Coll || x instanceof MapEntry) {
      return printString(x);
    }
    return x.toString();
  }

  /** Makes {@code m} print instances of {@code c} and of its subclasses and implementations. */
  public static void register(Class<?> c, PrintMethod m) {
    REGISTERED.put(c, m);
    RESOLVED.clear();
  }

  public static void unregister(Class<?> c) {
    REGISTERED.remove(c);
    RESOLVED.clear();
  }

  // ---------------------------------------------------------------- for Printable and PrintMethod

  /** Whether this is {@code pr} (true) or {@code print} (false). */
  public boolean readably() {
    return readably;
  }

  public PrintOptions options() {
    return options;
  }

  public Printer write(CharSequence s) {
    try {
      out.append(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  public Printer write(char c) {
    try {
      out.append(c);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Prints any value, nested or not ({@code pr-on}). */
  public void printValue(Object x) {
    if (x == null) {
      write("nil");
      return;
    }
    if (!REGISTERED.isEmpty()) {
      PrintMethod m = RESOLVED.computeIfAbsent(x.getClass(), Printer::resolve).orElse(null);
      if (m != null) {
        m.print(x, this);
        return;
      }
    }
    if (x instanceof Printable) {
      ((Printable) x).print(this);
    } else if (x instanceof String) {
      printString((String) x);
    } else if (x instanceof Number) {
      printNumber((Number) x);
    } else if (x instanceof Boolean || x instanceof Keyword) {
      write(x.toString());
    } else if (x instanceof Character) {
      printChar((Character) x);
    } else if (x instanceof Symbol) {
      printMeta(x);
      write(x.toString());
    } else if (x instanceof MapEntry) {
      MapEntry e = (MapEntry) x;
      printSequential("[", java.util.Arrays.asList(e.key(), e.val()).iterator(), " ", "]");
    } else if (x instanceof VectorColl) {
      printMeta(x);
      printSequential("[", new IndexedIterator((VectorColl) x), " ", "]");
    } else if (x instanceof MapColl) {
      printMeta(x);
      printPersistentMap((MapColl) x);
    } else if (x instanceof SetColl) {
      printMeta(x);
      printSequential("#{", ((SetColl) x).iterator(), " ", "}");
    } else if (x instanceof Seq || x instanceof ListColl) {
      printMeta(x);
      printSequential("(", new SeqIterator(((Seqable) x).seq()), " ", ")");
    } else if (x instanceof Deref) {
      printDeref(x, ClojureNames.of(x.getClass()));
    } else if (!JavaValuePrinting.print(x, this)) {
      printObject(x, ClojureNames.of(x.getClass()));
    }
  }

  /**
   * Prints {@code begin}, the items separated by {@code sep}, and {@code end}, honouring print
   * level (the whole thing becomes {@code #}) and print length (the rest becomes {@code ...}).
   */
  public void printSequential(String begin, Iterator<?> items, String sep, String end) {
    Integer saved = level;
    if (saved != null) {
      level = saved - 1;
      if (level < 0) {
        write('#');
        level = saved;
        return;
      }
    }
    try {
      write(begin);
      Integer limit = options.printLength();
      int n = 0;
      while (items.hasNext()) {
        if (limit != null && n == limit) {
          write("...");
          break;
        }
        Object item = items.next();
        if (item instanceof Box) {
          ((Box) item).print(this);
        } else {
          printValue(item);
        }
        n++;
        if (items.hasNext()) {
          write(sep);
        }
      }
      write(end);
    } finally {
      level = saved;
    }
  }

  /**
   * Prints entries as a map, {@code prefix{k v, k v}} (a record passes {@code "#ns.Rec"}, a
   * plain map {@code ""}), with print length counting entries.
   */
  public void printMap(String prefix, Iterator<? extends Map.Entry<?, ?>> entries) {
    Iterator<Object> pairs =
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            return entries.hasNext();
          }

          @Override
          public Object next() {
            Map.Entry<?, ?> e = entries.next();
            return new Box(e.getKey(), e.getValue());
          }
        };
    printSequential(prefix + "{", pairs, ", ", "}");
  }

  /** Prints {@code ^meta } before a value when metadata printing is on and readable. */
  public void printMeta(Object x) {
    if (!(x instanceof Meta) || !options.printMeta() || !readably) {
      return;
    }
    MapColl m = ((Meta) x).meta();
    if (m == null || m.count() == 0) {
      return;
    }
    write('^');
    if (m.count() == 1 && m.valAt(TAG) != null) {
      printValue(m.valAt(TAG));
    } else {
      printValue(m);
    }
    write(' ');
  }

  /** Clojure's fallback, {@code #object[class 0xhash "toString"]}. */
  public void printObject(Object x, String className) {
    printMeta(x);
    write("#object[");
    if (x.getClass().isArray()) {
      printString(className);
    } else {
      write(className);
    }
    write(" 0x").write(Integer.toHexString(System.identityHashCode(x))).write(' ');
    printString(x.toString());
    write(']');
  }

  /** How Clojure shows a reference: {@code #object[class 0xhash {:status :ready, :val v}]}. */
  public void printDeref(Object ref, String className) {
    Keyword status = READY;
    Object val = null;
    if (ref instanceof Pending && !((Pending) ref).isRealized()) {
      status = PENDING;
    } else {
      try {
        val = ((Deref) ref).deref();
      } catch (RuntimeException | Error e) {
        status = FAILED;
        val = e;
      }
    }
    printMeta(ref);
    write("#object[").write(className);
    write(" 0x").write(Integer.toHexString(System.identityHashCode(ref))).write(' ');
    printMap("", java.util.List.of(Map.entry(STATUS, status), new NullableEntry(VAL, val))
        .iterator());
    write(']');
  }

  // ---------------------------------------------------------------- value kinds

  private void printString(String s) {
    if (!readably) {
      write(s);
      return;
    }
    write('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          write("\\\"");
          break;
        case '\\':
          write("\\\\");
          break;
        case '\n':
          write("\\n");
          break;
        case '\t':
          write("\\t");
          break;
        case '\r':
          write("\\r");
          break;
        case '\f':
          write("\\f");
          break;
        case '\b':
          write("\\b");
          break;
        default:
          write(c);
      }
    }
    write('"');
  }

  private void printChar(char c) {
    if (!readably) {
      write(c);
      return;
    }
    write('\\');
    String name = CharNames.nameOf(c);
    if (name != null) {
      write(name);
    } else {
      write(c);
    }
  }

  private void printNumber(Number n) {
    if (n instanceof Double || n instanceof Float) {
      double d = n.doubleValue();
      if (d == Double.POSITIVE_INFINITY) {
        write("##Inf");
      } else if (d == Double.NEGATIVE_INFINITY) {
        write("##-Inf");
      } else if (Double.isNaN(d)) {
        write("##NaN");
      } else {
        write(n.toString());
      }
    } else if (n instanceof BigInteger) {
      write(n.toString()).write('N');
    } else if (n instanceof BigDecimal) {
      write(n.toString()).write('M');
    } else {
      write(n.toString());
    }
  }

  private void printPersistentMap(MapColl m) {
    // With namespace maps on, keys that all share one namespace print as #:ns{:k v}.
    if (options.printNamespaceMaps() && m.count() > 0) {
      String ns = null;
      for (Object o : m) {
        Object k = ((Map.Entry<?, ?>) o).getKey();
        String kns =
            k instanceof Keyword || k instanceof Symbol ? ((Named) k).getNamespace() : null;
        if (kns == null || (ns != null && !ns.equals(kns))) {
          ns = null;
          break;
        }
        ns = kns;
      }
      if (ns != null) {
        Iterator<Object> it = m.iterator();
        printMap("#:" + ns, new Iterator<Map.Entry<?, ?>>() {
          @Override
          public boolean hasNext() {
            return it.hasNext();
          }

          @Override
          public Map.Entry<?, ?> next() {
            Map.Entry<?, ?> e = (Map.Entry<?, ?>) it.next();
            Object k = e.getKey();
            Object bare = k instanceof Keyword
                ? Keyword.intern(null, ((Keyword) k).getName())
                : Symbol.intern(null, ((Symbol) k).getName());
            return new NullableEntry(bare, e.getValue());
          }
        });
        return;
      }
    }
    printEntries("", m.iterator());
  }

  /** Prints a map given as an iterator of {@link Map.Entry} objects. */
  void printEntries(String prefix, Iterator<?> entries) {
    printMap(prefix, new Iterator<Map.Entry<?, ?>>() {
      @Override
      public boolean hasNext() {
        return entries.hasNext();
      }

      @Override
      public Map.Entry<?, ?> next() {
        return (Map.Entry<?, ?>) entries.next();
      }
    });
  }

  private static Optional<PrintMethod> resolve(Class<?> c) {
    // The class itself, then its superclasses, then interfaces breadth first.
    for (Class<?> k = c; k != null; k = k.getSuperclass()) {
      PrintMethod m = REGISTERED.get(k);
      if (m != null) {
        return Optional.of(m);
      }
    }
    ArrayDeque<Class<?>> todo = new ArrayDeque<>();
    for (Class<?> k = c; k != null; k = k.getSuperclass()) {
      todo.addAll(java.util.Arrays.asList(k.getInterfaces()));
    }
    while (!todo.isEmpty()) {
      Class<?> i = todo.poll();
      PrintMethod m = REGISTERED.get(i);
      if (m != null) {
        return Optional.of(m);
      }
      todo.addAll(java.util.Arrays.asList(i.getInterfaces()));
    }
    return Optional.empty();
  }

  // ---------------------------------------------------------------- helpers

  /** A map entry as an item of a sequential print: {@code k v}. */
  private record Box(Object key, Object val) {
    void print(Printer p) {
      p.printValue(key);
      p.write(' ');
      p.printValue(val);
    }
  }

  /** {@link Map#entry} refuses nulls; map keys and values may be nil. */
  private record NullableEntry(Object getKey, Object getValue)
      implements Map.Entry<Object, Object> {
    @Override
    public Object setValue(Object value) {
      throw new UnsupportedOperationException();
    }
  }

  private static final class SeqIterator implements Iterator<Object> {
    private Seq s;

    SeqIterator(Seq s) {
      this.s = s;
    }

    @Override
    public boolean hasNext() {
      return s != null;
    }

    @Override
    public Object next() {
      if (s == null) {
        throw new NoSuchElementException();
      }
      Object x = s.first();
      s = s.next();
      return x;
    }
  }

  private static final class IndexedIterator implements Iterator<Object> {
    private final Indexed v;
    private int i;

    IndexedIterator(Indexed v) {
      this.v = v;
    }

    @Override
    public boolean hasNext() {
      return i < v.count();
    }

    @Override
    public Object next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return v.nth(i++);
    }
  }
}
