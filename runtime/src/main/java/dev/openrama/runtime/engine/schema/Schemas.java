package dev.openrama.runtime.engine.schema;

import dev.openrama.runtime.data.ClojureNames;
import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.Phase;
import dev.openrama.runtime.data.Printer;
import dev.openrama.runtime.data.RamaException;
import dev.openrama.runtime.data.Seq;
import dev.openrama.runtime.data.Seqs;
import dev.openrama.runtime.data.SetColl;
import dev.openrama.runtime.data.TypeObject;
import dev.openrama.runtime.data.VectorColl;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds schemas from the values a {@code declare-pstate} form evaluates to: classes, record
 * types, the literal shorthands {@code {K V}}, {@code #{C}} and {@code [S]}, and schemas made by
 * {@code map-schema} and friends. Option maps are {@code {:subindex? true}} or
 * {@code {:subindex-options {:track-size? false}}}.
 */
public final class Schemas {
  private static final Keyword SUBINDEX = Keyword.intern("subindex?");
  private static final Keyword SUBINDEX_OPTIONS = Keyword.intern("subindex-options");
  private static final Keyword TRACK_SIZE = Keyword.intern("track-size?");

  private Schemas() {}

  public static Schema of(Object form) {
    if (form instanceof Schema) {
      return (Schema) form;
    }
    if (form instanceof Class || form instanceof TypeObject) {
      return new ClassSchema(form);
    }
    if (form instanceof MapColl && !(form instanceof dev.openrama.runtime.data.Typed)) {
      MapColl m = (MapColl) form;
      if (m.count() != 1) {
        throw invalid("a map schema literal has exactly one entry {K V}", form);
      }
      Map.Entry<?, ?> e = (Map.Entry<?, ?>) Seqs.first(m);
      return new MapSchema(leaf(e.getKey(), "map key"), of(e.getValue()), Subindexing.NONE);
    }
    if (form instanceof SetColl) {
      SetColl s = (SetColl) form;
      if (s.count() != 1) {
        throw invalid("a set schema literal has exactly one element #{C}", form);
      }
      return new SetSchema(leaf(Seqs.first(s), "set element"), Subindexing.NONE);
    }
    if (form instanceof VectorColl) {
      VectorColl v = (VectorColl) form;
      if (v.count() != 1) {
        throw invalid("a vector schema literal has exactly one element [S]", form);
      }
      return new VectorSchema(of(v.nth(0)), Subindexing.NONE);
    }
    throw invalid("not a schema", form);
  }

  public static MapSchema mapSchema(Object key, Object value, Object options) {
    return new MapSchema(leaf(key, "map key"), of(value), subindexing(options));
  }

  public static SetSchema setSchema(Object element, Object options) {
    return new SetSchema(leaf(element, "set element"), subindexing(options));
  }

  public static VectorSchema vectorSchema(Object element, Object options) {
    return new VectorSchema(of(element), subindexing(options));
  }

  public static FixedKeysSchema fixedKeysSchema(Object fields) {
    if (!(fields instanceof MapColl)) {
      throw invalid("fixed-keys-schema takes a map of keywords to schemas", fields);
    }
    Map<Keyword, Schema> out = new LinkedHashMap<>();
    for (Seq s = Seqs.seq(fields); s != null; s = s.next()) {
      Map.Entry<?, ?> e = (Map.Entry<?, ?>) s.first();
      if (!(e.getKey() instanceof Keyword)) {
        throw invalid("fixed-keys-schema keys are keywords", e.getKey());
      }
      out.put((Keyword) e.getKey(), of(e.getValue()));
    }
    return new FixedKeysSchema(out);
  }

  /**
   * A PState's top-level schema: a map, fixed-keys map or class; a set or vector at the top must
   * be declared as the class {@code java.util.Set} or {@code java.util.List} instead.
   */
  public static Schema topLevel(Object form) {
    Schema s = of(form);
    if (s instanceof SetSchema || s instanceof VectorSchema) {
      throw new RamaException("invalid PState schema " + s.describe() + ": the top level must be"
          + " a map schema, a fixed-keys schema or a class (use java.util.Set or java.util.List"
          + " to store a whole collection)", null, Phase.RUNTIME);
    }
    return s;
  }

  private static ClassSchema leaf(Object form, String what) {
    if (form instanceof Class || form instanceof TypeObject) {
      return new ClassSchema(form);
    }
    if (form instanceof ClassSchema) {
      return (ClassSchema) form;
    }
    throw invalid("a " + what + " schema must be a class", form);
  }

  private static Subindexing subindexing(Object options) {
    if (options == null) {
      return Subindexing.NONE;
    }
    if (!(options instanceof MapColl)) {
      throw invalid("schema options are a map", options);
    }
    MapColl m = (MapColl) options;
    boolean hasSub = m.containsKey(SUBINDEX);
    boolean hasOpts = m.containsKey(SUBINDEX_OPTIONS);
    if (hasSub && hasOpts) {
      throw invalid("give either :subindex? or :subindex-options, not both", options);
    }
    if (hasSub) {
      return truthy(m.valAt(SUBINDEX)) ? Subindexing.TRACKED : Subindexing.NONE;
    }
    if (hasOpts) {
      Object o = m.valAt(SUBINDEX_OPTIONS);
      boolean track = !(o instanceof MapColl) || !((MapColl) o).containsKey(TRACK_SIZE)
          || truthy(((MapColl) o).valAt(TRACK_SIZE));
      return track ? Subindexing.TRACKED : Subindexing.UNTRACKED;
    }
    return Subindexing.NONE;
  }

  private static boolean truthy(Object o) {
    return o != null && o != Boolean.FALSE;
  }

  private static RamaException invalid(String why, Object form) {
    String shown = form instanceof Class ? ClojureNames.of((Class<?>) form)
        : form instanceof Schema ? ((Schema) form).describe() : Printer.printString(form);
    return new RamaException("invalid schema " + shown + ": " + why, null, Phase.RUNTIME);
  }
}
