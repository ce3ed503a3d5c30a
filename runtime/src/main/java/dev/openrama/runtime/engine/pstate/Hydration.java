package dev.openrama.runtime.engine.pstate;

import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.MapEntry;
import dev.openrama.runtime.data.PersistentVector;
import dev.openrama.runtime.data.VectorColl;
import dev.openrama.runtime.engine.schema.FixedKeysSchema;
import dev.openrama.runtime.engine.schema.MapSchema;
import dev.openrama.runtime.engine.schema.Schema;
import dev.openrama.runtime.engine.schema.SetSchema;
import dev.openrama.runtime.engine.schema.VectorSchema;
import java.util.ArrayList;
import java.util.List;

/** Turns the refs inside a decoded value into handles, guided by the schema. */
final class Hydration {
  private Hydration() {}

  static boolean isSubindexed(Schema s) {
    if (s instanceof MapSchema) {
      return ((MapSchema) s).subindexing().isSubindexed();
    }
    if (s instanceof SetSchema) {
      return ((SetSchema) s).subindexing().isSubindexed();
    }
    if (s instanceof VectorSchema) {
      return ((VectorSchema) s).subindexing().isSubindexed();
    }
    return false;
  }

  /** Whether a value of this schema may hold refs (it or a part of it is subindexed). */
  static boolean holdsRefs(Schema s) {
    if (isSubindexed(s)) {
      return true;
    }
    if (s instanceof MapSchema) {
      return holdsRefs(((MapSchema) s).value());
    }
    if (s instanceof VectorSchema) {
      return holdsRefs(((VectorSchema) s).element());
    }
    if (s instanceof FixedKeysSchema) {
      for (Schema f : ((FixedKeysSchema) s).fields().values()) {
        if (holdsRefs(f)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The schema of the value under {@code key} of a map or fixed-keys schema (null if none). */
  static Schema valueSchema(Schema s, Object key) {
    if (s instanceof MapSchema) {
      return ((MapSchema) s).value();
    }
    if (s instanceof FixedKeysSchema) {
      return ((FixedKeysSchema) s).fields().get(key);
    }
    if (s instanceof VectorSchema) {
      return ((VectorSchema) s).element();
    }
    return null;
  }

  static Object hydrate(StoredContext ctx, Schema schema, Object raw) {
    if (raw == null || schema == null || !holdsRefs(schema)) {
      return raw;
    }
    if (raw instanceof SubindexRef) {
      return ctx.handle(schema, ((SubindexRef) raw).keyspace());
    }
    if (raw instanceof MapColl) {
      MapColl out = (MapColl) raw;
      for (Object e : (MapColl) raw) {
        MapEntry entry = (MapEntry) e;
        Object v = hydrate(ctx, valueSchema(schema, entry.key()), entry.val());
        if (v != entry.val()) {
          out = out.assoc(entry.key(), v);
        }
      }
      return out;
    }
    if (raw instanceof VectorColl && schema instanceof VectorSchema) {
      VectorColl v = (VectorColl) raw;
      List<Object> out = new ArrayList<>(v.count());
      Schema el = ((VectorSchema) schema).element();
      for (int i = 0; i < v.count(); i++) {
        out.add(hydrate(ctx, el, v.nth(i)));
      }
      return PersistentVector.create(out);
    }
    return raw;
  }

  /** The refs inside a raw (decoded, not hydrated) value. */
  static void collectRefs(Object raw, List<Long> out) {
    if (raw instanceof SubindexRef) {
      out.add(((SubindexRef) raw).keyspace());
    } else if (raw instanceof MapColl) {
      for (Object e : (MapColl) raw) {
        collectRefs(((MapEntry) e).val(), out);
      }
    } else if (raw instanceof VectorColl) {
      VectorColl v = (VectorColl) raw;
      for (int i = 0; i < v.count(); i++) {
        collectRefs(v.nth(i), out);
      }
    }
  }
}
