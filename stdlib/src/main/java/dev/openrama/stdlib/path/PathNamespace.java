package dev.openrama.stdlib.path;

import dev.openrama.runtime.data.Compare;
import dev.openrama.runtime.data.Equality;
import dev.openrama.runtime.data.Fn;
import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.PersistentVector;
import dev.openrama.runtime.data.Printer;
import dev.openrama.runtime.data.SetColl;
import dev.openrama.runtime.data.Truth;
import dev.openrama.runtime.data.path.AllNavigator;
import dev.openrama.runtime.data.path.CollectNavigator;
import dev.openrama.runtime.data.path.CompactNavigator;
import dev.openrama.runtime.data.path.ContinuousSubseqsNavigator;
import dev.openrama.runtime.data.path.DeclaredNavigator;
import dev.openrama.runtime.data.path.ElemInsertNavigator;
import dev.openrama.runtime.data.path.ExtremesNavigator;
import dev.openrama.runtime.data.path.FirstLastNavigator;
import dev.openrama.runtime.data.path.FnNavigator;
import dev.openrama.runtime.data.path.IfPathNavigator;
import dev.openrama.runtime.data.path.IndexNavigator;
import dev.openrama.runtime.data.path.KeysNavigator;
import dev.openrama.runtime.data.path.MapKeyNavigator;
import dev.openrama.runtime.data.path.MapValsNavigator;
import dev.openrama.runtime.data.path.MultiPathNavigator;
import dev.openrama.runtime.data.path.MustNavigator;
import dev.openrama.runtime.data.path.Navigator;
import dev.openrama.runtime.data.path.NilValNavigator;
import dev.openrama.runtime.data.path.NthNavigator;
import dev.openrama.runtime.data.path.PathException;
import dev.openrama.runtime.data.path.PathOps;
import dev.openrama.runtime.data.path.Paths;
import dev.openrama.runtime.data.path.PredNavigator;
import dev.openrama.runtime.data.path.RegexNavigator;
import dev.openrama.runtime.data.path.SrangeNavigator;
import dev.openrama.runtime.data.path.StayNavigator;
import dev.openrama.runtime.data.path.SubmapNavigator;
import dev.openrama.runtime.data.path.SubselectNavigator;
import dev.openrama.runtime.data.path.SubsetNavigator;
import dev.openrama.runtime.data.path.TerminalNavigator;
import dev.openrama.runtime.data.path.ViewNavigator;
import dev.openrama.stdlib.core.CoreInstaller;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The Java half of {@code com.rpl.specter} and {@code com.rpl.rama.path}: the operations and
 * navigators of the runtime's path engine as vars. Macros and navigators written in the language
 * ({@code defnav}, {@code recursive-path}, {@code walker} ...) are in {@code specter.rama}.
 */
public final class PathNamespace {
  private PathNamespace() {}

  public static void install(CoreInstaller c) {
    installConstants(c);
    installOperations(c);
    installNavigators(c);
    installCombinators(c);
    SortedRangeFns.install(c);
  }

  private static void installConstants(CoreInstaller c) {
    def(c, "NONE", Paths.NONE);
    def(c, "ALL", AllNavigator.ALL);
    def(c, "MAP-VALS", MapValsNavigator.MAP_VALS);
    def(c, "MAP-KEYS", MapValsNavigator.MAP_KEYS);
    def(c, "FIRST", FirstLastNavigator.FIRST);
    def(c, "LAST", FirstLastNavigator.LAST);
    def(c, "STAY", StayNavigator.STAY);
    def(c, "STOP", StayNavigator.STOP);
    def(c, "BEGINNING", ExtremesNavigator.BEGINNING);
    def(c, "END", ExtremesNavigator.END);
    def(c, "AFTER-ELEM", ElemInsertNavigator.AFTER_ELEM);
    def(c, "BEFORE-ELEM", ElemInsertNavigator.BEFORE_ELEM);
    def(c, "NONE-ELEM", ElemInsertNavigator.NONE_ELEM);
    def(c, "VAL", CollectNavigator.VAL);
    def(c, "DISPENSE", CollectNavigator.DISPENSE);
    def(c, "NIL->SET", NilValNavigator.NIL_TO_SET);
    def(c, "NIL->LIST", NilValNavigator.NIL_TO_LIST);
    def(c, "NIL->VECTOR", NilValNavigator.NIL_TO_VECTOR);
    def(c, "INDEXED-VALS", IndexNavigator.indexedVals(0));
    def(c, "NONE>", TerminalNavigator.NONE_TERMINAL);
  }

  private static void installOperations(CoreInstaller c) {
    for (String prefix : new String[] {"", "compiled-"}) {
      c.builtin(prefix + "select").with((p, s) -> PathOps.select(p, s));
      c.builtin(prefix + "select-one").with((p, s) -> PathOps.selectOne(p, s));
      c.builtin(prefix + "select-one!").with((p, s) -> PathOps.selectOneStrict(p, s));
      c.builtin(prefix + "select-first").with((p, s) -> PathOps.selectFirst(p, s, null));
      c.builtin(prefix + "select-any").with((p, s) -> PathOps.selectFirst(p, s, Paths.NONE));
      c.builtin(prefix + "selected-any?").with((p, s) -> PathOps.selectedAny(p, s));
      c.builtin(prefix + "transform").with((p, f, s) -> PathOps.transform(p, fn(f), s));
      c.builtin(prefix + "setval").with((p, v, s) -> PathOps.setval(p, v, s));
      c.builtin(prefix + "multi-transform").with((p, s) -> PathOps.multiTransform(p, s));
      c.builtin(prefix + "vtransform").with((p, f, s) -> PathOps.vtransform(p, fn(f), s));
      c.builtin(prefix + "traverse").with((p, s) -> PathOps.traverse(p, s));
    }
    c.builtin("NONE?").with(x -> x == Paths.NONE);
    c.builtin("comp-paths").variadic(0, args -> Paths.compose(PersistentVector.adopt(args)));
    c.builtin("comp-navs").variadic(0, args -> Paths.compose(PersistentVector.adopt(args)));
    c.builtin("path*").variadic(0, args -> Paths.compose(PersistentVector.adopt(args)));
    c.builtin("exec-select*").with((p, vals, s, next) ->
        PathOps.execSelect(p, vals, s, fn(next)));
    c.builtin("exec-transform*").with((p, vals, s, next) ->
        PathOps.execTransform(p, vals, s, fn(next)));
    c.builtin("navigator?").with(x -> x instanceof Navigator);
  }

  private static void installNavigators(CoreInstaller c) {
    c.builtin("keypath").variadic(0, args -> args.length == 0 ? StayNavigator.STAY
        : new KeysNavigator(args.clone()));
    c.builtin("must").variadic(0, args -> each(args, MustNavigator::new));
    c.builtin("nthpath").variadic(0, args ->
        each(args, i -> new NthNavigator(((Number) i).intValue())));
    c.builtin("srange").with((s, e) ->
        new SrangeNavigator(((Number) s).intValue(), ((Number) e).intValue()));
    c.builtin("srange-dynamic").with((s, e) -> new SrangeNavigator(fn(s), fn(e)));
    c.builtin("before-index").with(i -> ElemInsertNavigator.beforeIndex(((Number) i).intValue()));
    c.builtin("index-nav").with(i -> IndexNavigator.indexNav(((Number) i).intValue()));
    c.builtin("indexed-vals").with(i -> IndexNavigator.indexedVals(((Number) i).intValue()));
    c.builtin("submap").with(ks -> new SubmapNavigator(ks));
    c.builtin("subset").with(s -> new SubsetNavigator((SetColl) s));
    c.builtin("subselect").variadic(0, args -> new SubselectNavigator(compose(args)));
    c.builtin("filterer").variadic(0, args -> new SubselectNavigator(Paths.compose(
        PersistentVector.of(AllNavigator.ALL, selected(compose(args), true)))));
    c.builtin("map-key").with(k -> new MapKeyNavigator(k, false));
    c.builtin("set-elem").with(k -> new MapKeyNavigator(k, true));
    c.builtin("view").variadic(1, args ->
        new ViewNavigator(fn(args[0]), Arrays.copyOfRange(args, 1, args.length)));
    c.builtin("parser").with((p, u) -> ViewNavigator.parser(fn(p), fn(u)));
    c.builtin("nil->val").with(v -> new NilValNavigator(v, false));
    c.builtin("NONE->val").with(v -> new NilValNavigator(v, true));
    c.builtin("pred").with(f -> new PredNavigator(f));
    c.builtin("pred=").with(v -> cmpPred("pred=", v, x -> Equality.equiv(x, v)));
    c.builtin("pred<").with(v -> cmpPred("pred<", v, x -> Compare.compare(x, v) < 0));
    c.builtin("pred>").with(v -> cmpPred("pred>", v, x -> Compare.compare(x, v) > 0));
    c.builtin("pred<=").with(v -> cmpPred("pred<=", v, x -> Compare.compare(x, v) <= 0));
    c.builtin("pred>=").with(v -> cmpPred("pred>=", v, x -> Compare.compare(x, v) >= 0));
    c.builtin("regex-nav").with(re -> new RegexNavigator((Pattern) re));
    c.builtin("continuous-subseqs").with(f -> new ContinuousSubseqsNavigator(fn(f)));
    c.builtin("term").with(f -> TerminalNavigator.term(fn(f)));
    c.builtin("terminal").with(f -> TerminalNavigator.term(fn(f)));
    c.builtin("termval").with(v -> TerminalNavigator.termval(v));
    c.builtin("terminal-val").with(v -> TerminalNavigator.termval(v));
    c.builtin("vterminal").with(f -> TerminalNavigator.vterm(fn(f)));
    c.builtin("putval").with(v -> CollectNavigator.putval(v));
    c.builtin("collect").variadic(0, args -> CollectNavigator.collect(compose(args)));
    c.builtin("collect-one").variadic(0, args -> CollectNavigator.collectOne(compose(args)));
    c.builtin("with-fresh-collected").variadic(0, args ->
        CollectNavigator.withFreshCollected(compose(args)));
    c.builtin("collected?*").with(f -> CollectNavigator.collectedTest(fn(f)));
    c.builtin("compact").variadic(0, args -> {
      List<Navigator> out = new ArrayList<>();
      for (Object a : args) {
        out.add(new CompactNavigator(Paths.compile(a)));
      }
      return Paths.compose(PersistentVector.create(out));
    });
  }

  private static void installCombinators(CoreInstaller c) {
    c.builtin("selected?").variadic(0, args -> selected(compose(args), true));
    c.builtin("not-selected?").variadic(0, args -> selected(compose(args), false));
    c.builtin("if-path")
        .with((cond, then) -> new IfPathNavigator(Paths.compile(cond), Paths.compile(then),
            StayNavigator.STOP))
        .with((cond, then, otherwise) -> new IfPathNavigator(Paths.compile(cond),
            Paths.compile(then), Paths.compile(otherwise)));
    c.builtin("cond-path").variadic(0, args -> {
      if (args.length % 2 != 0) {
        throw new PathException("cond-path needs an even number of forms (condition path pairs)");
      }
      Navigator result = StayNavigator.STOP;
      for (int i = args.length - 2; i >= 0; i -= 2) {
        result = new IfPathNavigator(Paths.compile(args[i]), Paths.compile(args[i + 1]), result);
      }
      return result;
    });
    c.builtin("multi-path").variadic(0, args -> {
      Navigator[] paths = new Navigator[args.length];
      for (int i = 0; i < args.length; i++) {
        paths[i] = Paths.compile(args[i]);
      }
      return new MultiPathNavigator(paths);
    });
    c.builtin("continue-then-stay").variadic(0, args ->
        new MultiPathNavigator(new Navigator[] {compose(args), StayNavigator.STAY}));
    c.builtin("stay-then-continue").variadic(0, args ->
        new MultiPathNavigator(new Navigator[] {StayNavigator.STAY, compose(args)}));
    c.builtin("nav*").with((name, sel, tr) ->
        new FnNavigator(Printer.str(name), fn(sel), fn(tr), false));
    c.builtin("richnav*").with((name, sel, tr) ->
        new FnNavigator(Printer.str(name), fn(sel), fn(tr), true));
    c.builtin("declared-path*").with(name -> new DeclaredNavigator(Printer.str(name)));
    c.builtin("provide-path*").with((d, p) -> {
      ((DeclaredNavigator) d).provide(Paths.compile(p));
      return d;
    });
  }

  private static void def(CoreInstaller c, String name, Object value) {
    c.ns().intern(dev.openrama.runtime.data.Symbol.intern(null, name)).bindRoot(value);
  }

  static Navigator selected(Navigator path, boolean yes) {
    return yes ? new IfPathNavigator(path, StayNavigator.STAY, StayNavigator.STOP, "selected?")
        : new IfPathNavigator(path, StayNavigator.STOP, StayNavigator.STAY, "not-selected?");
  }

  private static Navigator compose(Object[] args) {
    return Paths.compose(PersistentVector.adopt(args.clone()));
  }

  private static Navigator each(Object[] args, java.util.function.Function<Object, Navigator> f) {
    List<Navigator> out = new ArrayList<>();
    for (Object a : args) {
      out.add(f.apply(a));
    }
    return Paths.compose(PersistentVector.create(out));
  }

  static Fn fn(Object f) {
    if (f instanceof Fn) {
      return (Fn) f;
    }
    throw new PathException("Expected a function, got " + Paths.typeName(f) + ": "
        + Printer.printString(f));
  }

  private static Navigator cmpPred(String name, Object v,
      java.util.function.Predicate<Object> p) {
    return new PredNavigator(predFn(name, p), "(" + name + " " + Printer.printString(v) + ")");
  }

  private static Fn predFn(String name, java.util.function.Predicate<Object> p) {
    return new dev.openrama.runtime.data.AFn() {
      @Override
      public Object invoke(Object x) {
        return p.test(x);
      }

      @Override
      public String fnName() {
        return name;
      }
    };
  }

  static boolean truthy(Object x) {
    return Truth.isTruthy(x);
  }

  static Keyword kw(String name) {
    return Keyword.intern(null, name);
  }
}
