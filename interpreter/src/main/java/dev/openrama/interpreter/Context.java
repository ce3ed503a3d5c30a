package dev.openrama.interpreter;

import dev.openrama.interpreter.interop.ClassResolver;
import dev.openrama.runtime.data.Symbol;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * All interpreter state of one program run: namespaces, class resolution, built-in library
 * installers and the core dynamic vars. Nothing interpreter-wide lives in statics, so tests can
 * run several contexts side by side.
 */
public final class Context {
  public static final Symbol CORE = Symbol.intern(null, "clojure.core");
  public static final Symbol USER = Symbol.intern(null, "user");

  private final Map<Symbol, Namespace> namespaces = new ConcurrentHashMap<>();
  private final Map<String, Consumer<Namespace>> builtinLibs = new ConcurrentHashMap<>();
  private final ClassResolver classes;
  private final dev.openrama.interpreter.analyzer.Intrinsics intrinsics =
      new dev.openrama.interpreter.analyzer.Intrinsics();
  private final AtomicLong ids = new AtomicLong(100);
  private final SourceTexts sourceTexts = new SourceTexts();

  public final Namespace core;
  /** {@code *ns*}: the namespace code is read and analysed in. */
  public final Var nsVar;
  /** {@code *file*}: the path of the file being loaded. */
  public final Var fileVar;

  public Context(ClassLoader loader) {
    this.classes = new ClassResolver(loader);
    this.core = findOrCreateNamespace(CORE);
    this.nsVar = core.intern(Symbol.intern(null, "*ns*")).setDynamic(true);
    this.fileVar = core.intern(Symbol.intern(null, "*file*")).setDynamic(true);
    fileVar.bindRoot("NO_SOURCE_PATH");
    nsVar.bindRoot(findOrCreateNamespace(USER));
  }

  /** Library calls the analyzer compiles to specialised nodes. */
  public dev.openrama.interpreter.analyzer.Intrinsics intrinsics() {
    return intrinsics;
  }

  /** The texts of the sources loaded so far, for {@code clojure.repl/source}. */
  public SourceTexts sourceTexts() {
    return sourceTexts;
  }

  public ClassResolver classes() {
    return classes;
  }

  public Namespace currentNs() {
    return (Namespace) nsVar.deref();
  }

  public Namespace findNamespace(Symbol name) {
    return namespaces.get(name);
  }

  public Namespace findOrCreateNamespace(Symbol name) {
    return namespaces.computeIfAbsent(name.withMeta(null), Namespace::new);
  }

  public Map<Symbol, Namespace> namespaces() {
    return namespaces;
  }

  public void removeNamespace(Symbol name) {
    namespaces.remove(name);
  }

  /** A fresh number for gensyms and anonymous names. */
  public long nextId() {
    return ids.incrementAndGet();
  }

  /** Registers a namespace the library provides; it is installed on first require. */
  public void registerBuiltinLib(String name, Consumer<Namespace> installer) {
    builtinLibs.put(name, installer);
  }

  /**
   * Installs a built-in namespace if one is registered under this name and not yet loaded.
   * Returns whether the name is a built-in library.
   */
  public boolean loadBuiltin(String name) {
    Consumer<Namespace> installer = builtinLibs.remove(name);
    if (installer == null) {
      return isBuiltinLoaded(name);
    }
    Namespace ns = findOrCreateNamespace(Symbol.intern(null, name));
    loadedBuiltins.put(name, Boolean.TRUE);
    installer.accept(ns);
    return true;
  }

  private final Map<String, Boolean> loadedBuiltins = new ConcurrentHashMap<>();

  public boolean isBuiltinLoaded(String name) {
    return loadedBuiltins.containsKey(name);
  }

  public boolean isBuiltin(String name) {
    return builtinLibs.containsKey(name) || loadedBuiltins.containsKey(name);
  }
}
