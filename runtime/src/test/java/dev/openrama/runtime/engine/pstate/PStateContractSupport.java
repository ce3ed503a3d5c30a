package dev.openrama.runtime.engine.pstate;


import dev.openrama.runtime.data.AFn;
import dev.openrama.runtime.data.Fn;
import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.PersistentArrayMap;
import dev.openrama.runtime.data.PersistentHashSet;
import dev.openrama.runtime.data.PersistentVector;
import dev.openrama.runtime.data.Seqs;
import dev.openrama.runtime.data.path.KeysNavigator;
import dev.openrama.runtime.data.path.Navigator;
import dev.openrama.runtime.data.path.RangeBounds;
import dev.openrama.runtime.data.path.SortedRangeNavigator;
import dev.openrama.runtime.data.path.TerminalNavigator;
import dev.openrama.runtime.data.path.ViewNavigator;
import dev.openrama.runtime.engine.schema.Schemas;
import dev.openrama.runtime.engine.store.TaskStore;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;


/**
 * The fixture of the PState contract: a task store per test (from the implementation under
 * test), units of work, and short builders for the paths, schemas and values the tests use.
 */
abstract class PStateContractSupport {
  static final Keyword AGE = Keyword.intern(null, "age");
  static final Keyword NAME = Keyword.intern(null, "name");
  static final Keyword FRIENDS = Keyword.intern(null, "friends");
  static final Keyword SUBINDEX = Keyword.intern(null, "subindex?");
  static final Keyword SUB_OPTS = Keyword.intern(null, "subindex-options");
  static final Keyword TRACK = Keyword.intern(null, "track-size?");
  static final Object SUB = PersistentArrayMap.create(SUBINDEX, true);

  static final Fn INC = new AFn() {
    @Override
    public Object invoke(Object x) {
      return x == null ? 1L : (Long) x + 1;
    }
  };

  static final Fn COUNT = new AFn() {
    @Override
    public Object invoke(Object x) {
      return (long) Seqs.count(x);
    }
  };

  static final Fn EVEN = new AFn() {
    @Override
    public Object invoke(Object x) {
      return (Long) x % 2 == 0;
    }
  };

  protected TaskStore tasks;

  protected abstract TaskStore open();

  protected abstract TaskStore reopen(TaskStore s);

  @AfterEach
  void closeStore() {
    if (tasks != null) {
      tasks.close();
    }
  }

  PStatePartition pstate(String name, Object schema) {
    return pstate(name, schema, null);
  }

  PStatePartition pstate(String name, Object schema, Object initial) {
    if (tasks == null) {
      tasks = open();
    }
    return PStatePartition.of(name, Schemas.topLevel(schema), initial, tasks);
  }

  static PersistentVector path(Object... navs) {
    return PersistentVector.of(navs);
  }

  static KeysNavigator key(Object... ks) {
    return new KeysNavigator(ks);
  }

  static TerminalNavigator termval(Object v) {
    return TerminalNavigator.termval(v);
  }

  static TerminalNavigator term(Fn f) {
    return TerminalNavigator.term(f);
  }

  static final TerminalNavigator NONE = TerminalNavigator.NONE_TERMINAL;

  static ViewNavigator view(Fn f) {
    return new ViewNavigator(f, new Object[0]);
  }

  static Navigator setRange(Object from, Object to, long max, boolean backwards) {
    return new SortedRangeNavigator("sorted-set-range", false,
        RangeBounds.between(from, true, to, false), max, backwards);
  }

  static Navigator mapRange(RangeBounds b, long max, boolean backwards) {
    return new SortedRangeNavigator("sorted-map-range", true, b, max, backwards);
  }

  static PersistentVector vec(Object... xs) {
    return PersistentVector.of(xs);
  }

  static Object map(Object... kvs) {
    return PersistentArrayMap.create(kvs);
  }

  static Object set(Object... xs) {
    return PersistentHashSet.of(xs);
  }

  Object mapSchema(Object k, Object v, Object opts) {
    return Schemas.mapSchema(k, v, opts);
  }

  /** Runs {@code body} in a unit and commits it. */
  void unit(Runnable body) {
    tasks.beginUnit();
    try {
      body.run();
    } catch (RuntimeException e) {
      tasks.abort();
      throw e;
    }
    tasks.commit(Map.of());
  }

  static Fn fn(java.util.function.Function<String, Object> f) {
    return new AFn() {
      @Override
      public Object invoke(Object x) {
        return f.apply((String) x);
      }
    };
  }

  static TerminalNavigator term(java.util.function.Function<String, Object> f) {
    return TerminalNavigator.term(fn(f));
  }
}
