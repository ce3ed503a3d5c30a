package dev.openrama.runtime.engine.pstate;

import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.MapEntry;
import dev.openrama.runtime.data.PersistentVector;
import dev.openrama.runtime.data.Printer;
import dev.openrama.runtime.data.SetColl;
import dev.openrama.runtime.data.VectorColl;
import dev.openrama.runtime.engine.schema.FixedKeysSchema;
import dev.openrama.runtime.engine.schema.MapSchema;
import dev.openrama.runtime.engine.schema.Schema;
import dev.openrama.runtime.engine.schema.SchemaValidator;
import dev.openrama.runtime.engine.schema.SchemaViolation;
import dev.openrama.runtime.engine.schema.SetSchema;
import dev.openrama.runtime.engine.schema.VectorSchema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The store writes of one transform, worked out and validated before any is applied: pending
 * changes of handles become puts and removes, plain collections written at subindexed
 * locations fill (fresh or cleared) keyspaces, and refs that a write drops free their
 * keyspaces. A schema violation or unencodable value throws while planning, so a failed
 * transform writes nothing. Confined to the owning task's thread.
 */
final class WritePlan {
  private enum Kind { PUT, REMOVE, DROP }

  private record Op(Kind kind, long id, byte[] key, byte[] value) {}

  private final StoredContext ctx;
  private final List<Op> ops = new ArrayList<>();

  WritePlan(StoredContext ctx) {
    this.ctx = ctx;
  }

  /** Performs the planned writes in order. */
  void apply() {
    for (Op op : ops) {
      switch (op.kind) {
        case PUT:
          ctx.store.keyspace(op.id).put(op.key, op.value);
          break;
        case REMOVE:
          ctx.store.keyspace(op.id).remove(op.key);
          break;
        default:
          ctx.store.dropKeyspace(op.id);
      }
    }
  }

  void put(long id, byte[] key, byte[] value) {
    ops.add(new Op(Kind.PUT, id, key, value));
  }

  /** Plans the pending changes of a handle that lives at {@code path}. */
  void writeHandle(StoredHandle h, List<Object> path) {
    if (!h.isModified()) {
      return;
    }
    if (h instanceof StoredSet) {
      writeMap(((StoredSet) h).elements, path);
    } else if (h instanceof StoredMap) {
      writeMap((StoredMap) h, path);
    } else {
      writeVector((StoredVector) h, path);
    }
  }

  private void writeMap(StoredMap h, List<Object> path) {
    if (h.cleared) {
      ops.add(new Op(Kind.DROP, h.id, null, null));
      dropRefsOfRemovedEntries(h);
    }
    for (Object o : h.delta) {
      MapEntry e = (MapEntry) o;
      Object k = e.key();
      Object v = e.val();
      checkKey(h.schema, k, path);
      byte[] kb = ctx.encodeKey(k);
      if (h.setMode) {
        ops.add(v == StoredMap.TOMBSTONE ? new Op(Kind.REMOVE, h.id, kb, null)
            : new Op(Kind.PUT, h.id, kb, StoredContext.EMPTY));
        continue;
      }
      Schema vs = Hydration.valueSchema(h.schema, k);
      Object oldRaw = Hydration.holdsRefs(vs)
          ? ctx.decodeRaw(ctx.reader(h.id).get(kb)) : null;
      if (v == StoredMap.TOMBSTONE) {
        ops.add(new Op(Kind.REMOVE, h.id, kb, null));
        dropRefs(oldRaw, null);
      } else {
        Object raw = toStored(v, oldRaw, vs, append(path, k));
        // the same ref back means only the structure's elements changed (unless h was cleared)
        if (raw != oldRaw || raw == null || h.cleared) {
          ops.add(new Op(Kind.PUT, h.id, kb, ctx.values.encode(raw)));
          dropRefs(oldRaw, raw);
        }
      }
    }
  }

  /**
   * A cleared map drops every stored entry; the subindexed structures of entries it does not
   * write again go with them (entries it writes again are handled by their own writes).
   */
  private void dropRefsOfRemovedEntries(StoredMap h) {
    if (h.setMode || !mayHoldRefs(h.schema)) {
      return;
    }
    dev.openrama.runtime.engine.store.Cursor c = ctx.reader(h.id).all();
    while (c.next()) {
      Object k = ctx.decodeKey(c.key());
      if (h.delta.containsKey(k) && h.delta.valAt(k) != StoredMap.TOMBSTONE) {
        continue;
      }
      if (Hydration.holdsRefs(Hydration.valueSchema(h.schema, k))) {
        dropRefs(ctx.decodeRaw(c.value()), null);
      }
    }
  }

  private static boolean mayHoldRefs(Schema s) {
    if (s instanceof FixedKeysSchema) {
      return Hydration.holdsRefs(s);
    }
    return s instanceof MapSchema && Hydration.holdsRefs(((MapSchema) s).value());
  }

  private void writeVector(StoredVector h, List<Object> path) {
    if (h.cleared) {
      ops.add(new Op(Kind.DROP, h.id, null, null));
    } else {
      for (int i = h.count; i < h.storedCount; i++) {
        ops.add(new Op(Kind.REMOVE, h.id, ctx.encodeKey((long) i), null));
      }
    }
    Schema el = h.schema.element();
    for (Object o : h.delta) {
      MapEntry e = (MapEntry) o;
      long i = (Long) e.key();
      byte[] kb = ctx.encodeKey(i);
      Object oldRaw = i < h.storedCount && Hydration.holdsRefs(el)
          ? ctx.decodeRaw(ctx.reader(h.id).get(kb)) : null;
      Object raw = toStored(e.val(), oldRaw, el, append(path, i));
      ops.add(new Op(Kind.PUT, h.id, kb, ctx.values.encode(raw)));
      dropRefs(oldRaw, raw);
    }
  }

  /**
   * The value to store for {@code v} written at {@code path} (schema {@code s}, previously
   * holding {@code oldRaw}): validated, with subindexed parts replaced by refs.
   */
  Object toStored(Object v, Object oldRaw, Schema s, List<Object> path) {
    if (v == null) {
      return null;
    }
    if (Hydration.isSubindexed(s)) {
      if (v instanceof StoredHandle) {
        StoredHandle h = (StoredHandle) v;
        if (oldRaw instanceof SubindexRef && ((SubindexRef) oldRaw).keyspace() == h.keyspace()) {
          writeHandle(h, path);
          return oldRaw;
        }
        throw moved(path);
      }
      SchemaValidator.check(ctx.name, s, path, v);
      long id;
      if (oldRaw instanceof SubindexRef) {
        id = ((SubindexRef) oldRaw).keyspace();
        ops.add(new Op(Kind.DROP, id, null, null));
      } else {
        id = ctx.store.newKeyspaceId();
      }
      fill(id, s, v, path);
      return new SubindexRef(id);
    }
    if (v instanceof StoredHandle) {
      throw moved(path);
    }
    if (!Hydration.holdsRefs(s)) {
      SchemaValidator.check(ctx.name, s, path, v);
      return v;
    }
    if (s instanceof VectorSchema) {
      if (!(v instanceof VectorColl)) {
        SchemaValidator.check(ctx.name, s, path, v);
      }
      VectorColl vec = (VectorColl) v;
      List<Object> out = new ArrayList<>(vec.count());
      for (int i = 0; i < vec.count(); i++) {
        Object old = oldRaw instanceof VectorColl ? ((VectorColl) oldRaw).nth(i, null) : null;
        out.add(toStored(vec.nth(i), old, ((VectorSchema) s).element(), append(path, (long) i)));
      }
      return PersistentVector.create(out);
    }
    if (!(v instanceof MapColl)) {
      SchemaValidator.check(ctx.name, s, path, v);
    }
    MapColl out = (MapColl) v;
    for (Object o : (MapColl) v) {
      MapEntry e = (MapEntry) o;
      checkKey(s, e.key(), path);
      Object old = oldRaw instanceof MapColl ? ((MapColl) oldRaw).valAt(e.key()) : null;
      Object raw = toStored(e.val(), old, Hydration.valueSchema(s, e.key()),
          append(path, e.key()));
      if (raw != e.val()) {
        out = out.assoc(e.key(), raw);
      }
    }
    return out;
  }

  /** Writes a validated plain collection's elements into keyspace {@code id}. */
  private void fill(long id, Schema s, Object v, List<Object> path) {
    if (s instanceof SetSchema) {
      for (Object e : (SetColl) v) {
        ops.add(new Op(Kind.PUT, id, ctx.encodeKey(e), StoredContext.EMPTY));
      }
    } else if (s instanceof MapSchema) {
      Schema vs = ((MapSchema) s).value();
      for (Object o : (Iterable<?>) v) {
        MapEntry e = o instanceof MapEntry ? (MapEntry) o
            : MapEntry.create(((java.util.Map.Entry<?, ?>) o).getKey(),
                ((java.util.Map.Entry<?, ?>) o).getValue());
        Object raw = toStored(e.val(), null, vs, append(path, e.key()));
        ops.add(new Op(Kind.PUT, id, ctx.encodeKey(e.key()), ctx.values.encode(raw)));
      }
    } else {
      Schema el = ((VectorSchema) s).element();
      long i = 0;
      for (Object e : (Iterable<?>) v) {
        Object raw = toStored(e, null, el, append(path, i));
        ops.add(new Op(Kind.PUT, id, ctx.encodeKey(i), ctx.values.encode(raw)));
        i++;
      }
    }
  }

  private void dropRefs(Object oldRaw, Object newRaw) {
    if (oldRaw == null) {
      return;
    }
    List<Long> old = new ArrayList<>();
    Hydration.collectRefs(oldRaw, old);
    if (old.isEmpty()) {
      return;
    }
    List<Long> kept = new ArrayList<>();
    Hydration.collectRefs(newRaw, kept);
    Set<Long> keep = new HashSet<>(kept);
    for (long id : old) {
      if (!keep.contains(id)) {
        ops.add(new Op(Kind.DROP, id, null, null));
      }
    }
  }

  /** Checks a key of a map, fixed-keys map or set (element) schema. */
  private void checkKey(Schema s, Object k, List<Object> path) {
    if (s instanceof MapSchema) {
      MapSchema m = (MapSchema) s;
      if (k == null || !m.key().accepts(k)) {
        throw violation(append(path, k), "expected a key of type " + m.key().describe()
            + ", got " + describe(k));
      }
    } else if (s instanceof SetSchema) {
      SetSchema st = (SetSchema) s;
      if (k == null || !st.element().accepts(k)) {
        throw violation(path, "expected set elements of type " + st.element().describe()
            + ", got " + describe(k));
      }
    } else if (s instanceof FixedKeysSchema) {
      if (!((FixedKeysSchema) s).fields().containsKey(k)) {
        throw violation(append(path, k), Printer.printString(k) + " is not one of the keys of "
            + s.describe());
      }
    }
  }

  private SchemaViolation moved(List<Object> path) {
    return violation(path, "a subindexed structure cannot be written to a second location");
  }

  private SchemaViolation violation(List<Object> path, String what) {
    return new SchemaViolation("schema violation in " + ctx.name + " at "
        + Printer.printString(PersistentVector.create(path)) + ": " + what);
  }

  private static String describe(Object v) {
    if (v == null) {
      return "nil";
    }
    String shown = Printer.printString(v);
    if (shown.length() > 60) {
      shown = shown.substring(0, 60) + "...";
    }
    return dev.openrama.runtime.data.ClojureNames.of(v.getClass()) + " " + shown;
  }

  static List<Object> append(List<Object> path, Object k) {
    List<Object> out = new ArrayList<>(path.size() + 1);
    out.addAll(path);
    out.add(k);
    return out;
  }
}
