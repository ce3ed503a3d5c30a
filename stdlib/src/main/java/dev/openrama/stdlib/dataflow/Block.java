package dev.openrama.stdlib.dataflow;

import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.Symbol;
import dev.openrama.runtime.engine.dataflow.Binder;
import dev.openrama.runtime.engine.dataflow.Input;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The compile state of one plan: its slot allocator, the values it captures, its attach points,
 * anchors and enclosing loops. A top-level block ({@code ?<-}, {@code deframaop}) captures
 * Clojure locals and vars named in field position, evaluated where the block is defined; a
 * fragment ({@code <<ramaop}) captures from the block around it.
 */
final class Block {
  enum Kind {
    /** {@code ?<-}: may emit only to {@code :clj>}. */
    QUERY,
    /** A ramaop: emits to any stream of its caller. */
    OP,
    /** A ramafn: emits to {@code :>} once. */
    FN
  }

  /** The innermost {@code loop<-}: its iteration queue and where its {@code :>} emits go. */
  record Loop(dev.openrama.runtime.engine.dataflow.LoopNode node, int stateSlot, int vars, int arity, Binder[] outputs, Point out) {}

  final Kind kind;
  final String name;
  final Block parent;
  final Scope parentScope;
  /** The Clojure locals in scope at a top-level block ({@code &env}), or null. */
  final MapColl env;
  final List<Point> points = new ArrayList<>();
  final Map<Symbol, Point> anchors = new HashMap<>();
  final Deque<Loop> loops = new ArrayDeque<>();
  private final Map<Object, Integer> captureIndex = new LinkedHashMap<>();
  /** Per capture: the Clojure form evaluated at definition (top level) or the parent input. */
  final List<Object> captureSources = new ArrayList<>();
  final List<Integer> captureSlots = new ArrayList<>();
  private int next;

  Block(Kind kind, String name, Block parent, Scope parentScope, MapColl env) {
    this.kind = kind;
    this.name = name;
    this.parent = parent;
    this.parentScope = parentScope;
    this.env = env;
  }

  int slot() {
    return next++;
  }

  int frameSize() {
    return next;
  }

  boolean isClojureLocal(Symbol s) {
    if (s.getNamespace() != null) {
      return false;
    }
    return parent != null ? parent.isClojureLocal(s) : env != null && env.containsKey(s);
  }

  /** The slot holding the value of a Clojure symbol named in field position. */
  int captureClojure(Symbol s) {
    Object key = s.withMeta(null);
    Integer slot = captureIndex.get(key);
    if (slot != null) {
      return slot;
    }
    Object source = parent == null ? s : Input.slot(parent.captureClojure(s));
    return addCapture(key, source);
  }

  /** The slot of a dataflow variable visible here, capturing it from enclosing blocks. */
  Integer lookupVar(Symbol s, Scope scope) {
    Scope.Binding b = scope.get(s);
    if (b != null) {
      return b.slot();
    }
    if (parent == null) {
      return null;
    }
    List<Object> key = List.of(Keyword.intern(null, "var"), s);
    Integer slot = captureIndex.get(key);
    if (slot != null) {
      return slot;
    }
    Integer outer = parent.lookupVar(s, parentScope);
    return outer == null ? null : addCapture(key, Input.slot(outer));
  }

  private int addCapture(Object key, Object source) {
    int slot = slot();
    captureIndex.put(key, slot);
    captureSources.add(source);
    captureSlots.add(slot);
    return slot;
  }

  int[] captureSlotArray() {
    return captureSlots.stream().mapToInt(Integer::intValue).toArray();
  }

  void finish() {
    for (Point p : points) {
      p.finish();
    }
  }
}
