package dev.openrama.runtime.data;

/**
 * A symbol: optional namespace, name, and metadata. Symbols are values (not interned); equality
 * ignores metadata.
 */
public final class Symbol extends AFn implements Named, Hashed, WithMeta, Comparable<Symbol> {
  private final String ns;
  private final String name;
  private final MapColl meta;
  private int hasheq;

  private Symbol(String ns, String name, MapColl meta) {
    this.ns = ns;
    this.name = name;
    this.meta = meta;
  }

  public static Symbol intern(String ns, String name) {
    return new Symbol(ns, name, null);
  }

  /** Parses {@code "ns/name"} or {@code "name"}; a lone {@code "/"} is the name {@code /}. */
  public static Symbol intern(String nsname) {
    int i = nsname.indexOf('/');
    if (i == -1 || nsname.equals("/")) {
      return new Symbol(null, nsname, null);
    }
    return new Symbol(nsname.substring(0, i), nsname.substring(i + 1), null);
  }

  @Override
  public String getNamespace() {
    return ns;
  }

  @Override
  public String getName() {
    return name;
  }

  @Override
  public MapColl meta() {
    return meta;
  }

  @Override
  public Symbol withMeta(MapColl m) {
    return m == meta ? this : new Symbol(ns, name, m);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Symbol)) {
      return false;
    }
    Symbol s = (Symbol) o;
    return name.equals(s.name) && java.util.Objects.equals(ns, s.ns);
  }

  @Override
  public int hashCode() {
    return hasheq();
  }

  @Override
  public int hasheq() {
    int h = hasheq;
    if (h == 0) {
      int nsHash = ns == null ? 0 : ns.hashCode();
      h = hashCombine(Murmur3.hashUnencodedChars(name), nsHash);
      hasheq = h;
    }
    return h;
  }

  static int hashCombine(int seed, int hash) {
    seed ^= hash + 0x9e3779b9 + (seed << 6) + (seed >> 2);
    return seed;
  }

  @Override
  public int compareTo(Symbol o) {
    if (equals(o)) {
      return 0;
    }
    if (ns == null && o.ns != null) {
      return -1;
    }
    if (ns != null) {
      if (o.ns == null) {
        return 1;
      }
      int c = ns.compareTo(o.ns);
      if (c != 0) {
        return c;
      }
    }
    return name.compareTo(o.name);
  }

  @Override
  public String toString() {
    return ns == null ? name : ns + "/" + name;
  }

  @Override
  public String fnName() {
    return "symbol " + this;
  }

  @Override
  public Object invoke(Object coll) {
    return Lookups.get(coll, this);
  }

  @Override
  public Object invoke(Object coll, Object notFound) {
    return Lookups.get(coll, this, notFound);
  }
}
