package dev.openrama.interpreter.reader;

import dev.openrama.runtime.data.SourceSpan;
import java.util.IdentityHashMap;

/**
 * Where each read form starts, keyed by object identity. Only forms that are fresh objects per
 * occurrence are recorded: symbols (which are not interned, so every symbol read is a distinct
 * object) and non-empty lists, vectors, maps and sets. Keywords, numbers, strings, characters and
 * empty collections (which may be shared singletons) have no entry; callers fall back to the span
 * of the enclosing form.
 *
 * <p>Not thread-safe: one table belongs to one reader and the analyzer that consumes its forms.
 */
public final class SpanTable {
  private final IdentityHashMap<Object, SourceSpan> spans = new IdentityHashMap<>();

  /** The span recorded for exactly this object, or {@code null}. */
  public SourceSpan get(Object form) {
    return form == null ? null : spans.get(form);
  }

  /** The span recorded for this object, else {@code fallback}. */
  public SourceSpan getOrDefault(Object form, SourceSpan fallback) {
    SourceSpan s = get(form);
    return s == null ? fallback : s;
  }

  /** Records a span; later code (macroexpansion) may add spans for the forms it creates. */
  public void put(Object form, SourceSpan span) {
    if (form != null && span != null) {
      spans.put(form, span);
    }
  }

  public int size() {
    return spans.size();
  }
}
