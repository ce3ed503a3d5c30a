package dev.openrama.runtime.engine.schema;

import dev.openrama.runtime.data.ClojureNames;
import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.PersistentVector;
import dev.openrama.runtime.data.Printer;
import dev.openrama.runtime.data.Seq;
import dev.openrama.runtime.data.Seqs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks a value against a schema before it is written (SPEC.md 2.6): leaf classes, map key
 * classes, the closed key set of fixed-keys maps and the shape of nested structures. The message
 * names the PState, the path to the offending part and what was expected there.
 */
public final class SchemaValidator {
  private static final int MAX_SHOWN = 60;

  private SchemaValidator() {}

  /**
   * Throws {@link SchemaViolation} unless {@code value}, written at {@code path} (the keys from
   * the partition's root), fits {@code schema}.
   */
  public static void check(String pstate, Schema schema, List<Object> path, Object value) {
    walk(pstate, schema, new ArrayList<>(path), value);
  }

  private static void walk(String pstate, Schema schema, List<Object> trail, Object value) {
    if (value == null) {
      return;
    }
    if (schema instanceof ClassSchema) {
      ClassSchema c = (ClassSchema) schema;
      if (!c.accepts(value)) {
        throw violation(pstate, trail, c.describe(), value);
      }
    } else if (schema instanceof MapSchema) {
      MapSchema m = (MapSchema) schema;
      if (!isMap(value)) {
        throw violation(pstate, trail, "a map for " + m.describe(), value);
      }
      for (Seq s = Seqs.seq(value); s != null; s = s.next()) {
        Map.Entry<?, ?> e = (Map.Entry<?, ?>) s.first();
        if (e.getKey() == null || !m.key().accepts(e.getKey())) {
          trail.add(e.getKey());
          throw violation(pstate, trail, "a key of type " + m.key().describe(), e.getKey());
        }
        trail.add(e.getKey());
        walk(pstate, m.value(), trail, e.getValue());
        trail.remove(trail.size() - 1);
      }
    } else if (schema instanceof SetSchema) {
      SetSchema st = (SetSchema) schema;
      if (!(value instanceof java.util.Set)) {
        throw violation(pstate, trail, "a set for " + st.describe(), value);
      }
      for (Object el : (java.util.Set<?>) value) {
        if (el == null || !st.element().accepts(el)) {
          throw violation(pstate, trail, "set elements of type " + st.element().describe(), el);
        }
      }
    } else if (schema instanceof VectorSchema) {
      VectorSchema v = (VectorSchema) schema;
      if (!(value instanceof java.util.List)) {
        throw violation(pstate, trail, "a vector for " + v.describe(), value);
      }
      long i = 0;
      for (Object el : (java.util.List<?>) value) {
        trail.add(i++);
        walk(pstate, v.element(), trail, el);
        trail.remove(trail.size() - 1);
      }
    } else {
      FixedKeysSchema f = (FixedKeysSchema) schema;
      if (!isMap(value)) {
        throw violation(pstate, trail, "a map for " + f.describe(), value);
      }
      for (Seq s = Seqs.seq(value); s != null; s = s.next()) {
        Map.Entry<?, ?> e = (Map.Entry<?, ?>) s.first();
        Object k = e.getKey();
        Schema field = k instanceof Keyword ? f.fields().get(k) : null;
        if (field == null) {
          trail.add(k);
          throw new SchemaViolation("schema violation in " + pstate + " at " + show(trail)
              + ": " + Printer.printString(k) + " is not one of the keys of " + f.describe());
        }
        trail.add(k);
        walk(pstate, field, trail, e.getValue());
        trail.remove(trail.size() - 1);
      }
    }
  }

  private static boolean isMap(Object value) {
    return value instanceof Map || value instanceof MapColl;
  }

  private static SchemaViolation violation(String pstate, List<Object> trail, String expected,
      Object value) {
    return new SchemaViolation("schema violation in " + pstate + " at " + show(trail)
        + ": expected " + expected + ", got " + describeValue(value));
  }

  private static String show(List<Object> trail) {
    return Printer.printString(PersistentVector.create(trail));
  }

  private static String describeValue(Object value) {
    if (value == null) {
      return "nil";
    }
    String shown = Printer.printString(value);
    if (shown.length() > MAX_SHOWN) {
      shown = shown.substring(0, MAX_SHOWN) + "...";
    }
    return ClojureNames.of(value.getClass()) + " " + shown;
  }
}
