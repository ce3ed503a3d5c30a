package dev.openrama.stdlib.core;

import dev.openrama.runtime.data.Indexed;
import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.MapEquivalence;
import dev.openrama.runtime.data.Symbol;

/** Type predicates: {@code ident? simple-keyword? qualified-symbol? class? indexed? ...}. */
final class PredicateFns {
  private PredicateFns() {}

  static void install(CoreInstaller c) {
    c.builtin("ident?").with(x -> x instanceof Keyword || x instanceof Symbol);
    c.builtin("simple-ident?").with(x -> (x instanceof Keyword || x instanceof Symbol)
        && ns(x) == null);
    c.builtin("qualified-ident?").with(x -> (x instanceof Keyword || x instanceof Symbol)
        && ns(x) != null);
    c.builtin("simple-keyword?").with(x -> x instanceof Keyword && ns(x) == null);
    c.builtin("qualified-keyword?").with(x -> x instanceof Keyword && ns(x) != null);
    c.builtin("simple-symbol?").with(x -> x instanceof Symbol && ns(x) == null);
    c.builtin("qualified-symbol?").with(x -> x instanceof Symbol && ns(x) != null);
    c.builtin("class?").with(x -> x instanceof Class);
    c.builtin("indexed?").with(x -> x instanceof Indexed);
    c.builtin("record?").with(x -> x instanceof MapColl && !(x instanceof MapEquivalence));
    c.builtin("bytes?").with(x -> x instanceof byte[]);
    c.builtin("uri?").with(x -> x instanceof java.net.URI);
    c.builtin("inst?").with(x -> x instanceof java.util.Date || x instanceof java.time.Instant);
    c.builtin("inst-ms").with(x -> x instanceof java.util.Date ? ((java.util.Date) x).getTime()
        : ((java.time.Instant) x).toEpochMilli());
    c.builtin("cast").with((cl, x) -> ((Class<?>) cl).cast(x));
  }

  private static String ns(Object x) {
    return ((dev.openrama.runtime.data.Named) x).getNamespace();
  }
}
