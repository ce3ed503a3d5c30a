package dev.openrama.interpreter.reader;

import dev.openrama.runtime.data.Symbol;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A fixed reader environment: a current namespace, aliases, names referred from other namespaces,
 * and data readers. For tools and tests that read without an interpreter. Thread-safe after
 * configuration.
 */
public final class SimpleReaderContext implements ReaderContext {
  private final String namespace;
  private final Map<String, String> aliases = new HashMap<>();
  private final Map<String, String> referred = new HashMap<>();
  private final Map<Symbol, Function<Object, Object>> dataReaders = new HashMap<>();
  private final AtomicInteger ids;

  public SimpleReaderContext(String namespace) {
    this(namespace, new AtomicInteger());
  }

  /** Shares {@code ids} so several readers produce distinct gensyms. */
  public SimpleReaderContext(String namespace, AtomicInteger ids) {
    this.namespace = namespace;
    this.ids = ids;
  }

  /** Makes {@code ::alias/x} and syntax-quoted {@code alias/x} resolve to {@code ns}. */
  public SimpleReaderContext alias(String alias, String ns) {
    aliases.put(alias, ns);
    return this;
  }

  /** Makes syntax-quoted {@code name} resolve to {@code ns/name}. */
  public SimpleReaderContext refer(String ns, String... names) {
    for (String n : names) {
      referred.put(n, ns);
    }
    return this;
  }

  /** Makes {@code #tag form} read as {@code reader.apply(form)}. */
  public SimpleReaderContext withDataReader(Symbol tag, Function<Object, Object> reader) {
    dataReaders.put(tag, reader);
    return this;
  }

  @Override
  public Function<Object, Object> dataReader(Symbol tag) {
    return dataReaders.get(tag);
  }

  @Override
  public String currentNamespace() {
    return namespace;
  }

  @Override
  public String resolveAlias(String alias) {
    return aliases.get(alias);
  }

  @Override
  public Symbol resolveForSyntaxQuote(Symbol sym) {
    if (sym.getNamespace() != null) {
      String full = aliases.get(sym.getNamespace());
      return full == null ? sym : Symbol.intern(full, sym.getName());
    }
    String ns = referred.get(sym.getName());
    return Symbol.intern(ns == null ? namespace : ns, sym.getName());
  }

  @Override
  public int nextId() {
    return ids.incrementAndGet();
  }
}
