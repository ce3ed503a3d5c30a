package dev.openrama.stdlib.core;

import dev.openrama.interpreter.Context;
import dev.openrama.interpreter.Interpreter;
import dev.openrama.interpreter.Var;
import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.PersistentArrayMap;
import dev.openrama.stdlib.Stdlib;

/**
 * The Java half of {@code clojure.core}: the explicit list of what it installs. The other half is
 * the prelude {@code core.rama}, loaded afterwards.
 */
public final class CoreNamespace {
  private CoreNamespace() {}

  public static void install(Interpreter interp, Stdlib.Streams streams) {
    Context ctx = interp.context();
    CoreInstaller c = new CoreInstaller(ctx.core);
    Var out = c.dynamic("*out*", streams.out());
    c.dynamic("*err*", streams.err());
    c.dynamic("*in*", streams.in());
    Var flush = c.dynamic("*flush-on-newline*", Boolean.TRUE);
    c.dynamic("*print-length*", null);
    c.dynamic("*print-level*", null);
    c.dynamic("*print-meta*", Boolean.FALSE);
    c.dynamic("*print-readably*", Boolean.TRUE);
    c.dynamic("*print-dup*", Boolean.FALSE);
    c.dynamic("*print-namespace-maps*", Boolean.TRUE);
    c.dynamic("*math-context*", null);
    c.dynamic("*read-eval*", Boolean.TRUE);
    c.dynamic("*default-data-reader-fn*", null);
    c.dynamic("*command-line-args*", null);
    c.dynamic("*assert*", Boolean.TRUE);
    c.dynamic("*warn-on-reflection*", Boolean.FALSE);
    c.dynamic("*unchecked-math*", Boolean.FALSE);
    c.dynamic("*data-readers*", PersistentArrayMap.create());
    c.dynamic("*1", null);
    c.dynamic("*2", null);
    c.dynamic("*3", null);
    c.dynamic("*e", null);
    c.dynamic("*clojure-version*", PersistentArrayMap.create(
        dev.openrama.runtime.data.Keyword.intern(null, "major"), 1L,
        dev.openrama.runtime.data.Keyword.intern(null, "minor"), 12L,
        dev.openrama.runtime.data.Keyword.intern(null, "incremental"), 0L));
    PrintMethodFns.resetHooks();
    PrintMethods.install();
    BootstrapMacros.install(ctx, ctx.core);
    NamespaceFns.install(interp, c);
    MathFns.install(c);
    SeqFns.install(c);
    CollFns.install(c);
    PrintFns.install(c, out, flush);
    LangFns.install(c, interp);
    SliceFns.install(c);
    FunctionFns.install(c);
    MapFns.install(c);
    CastFns.install(c);
    LazyFns.install(c);
    AggregateFns.install(c);
    SortedFns.install(c);
    TransientFns.install(c);
    TransducerFns.install(c);
    CombinatorFns.install(c);
    TextFns.install(c);
    IoFns.install(c, interp);
    RefFns.install(c);
    PredicateFns.install(c);
    ArrayFns.install(c);
    RandomFns.install(c);
    MultiFn.install();
    StmFns.install(c);
    ChunkFns.install(c);
    // Last: intrinsics stand for the functions installed above.
    CoreIntrinsics.install(ctx, ctx.core);
    // hierarchies.rama sets the hierarchy's value; the var exists early for print-method.
    Keyword[] parts = {Keyword.intern(null, "parents"), Keyword.intern(null, "descendants"),
        Keyword.intern(null, "ancestors")};
    Var hierarchy = ctx.core.intern(dev.openrama.runtime.data.Symbol.intern(null,
        "global-hierarchy"));
    hierarchy.bindRoot(PersistentArrayMap.create(parts[0], PersistentArrayMap.EMPTY, parts[1],
        PersistentArrayMap.EMPTY, parts[2], PersistentArrayMap.EMPTY));
    PrintMethodFns.install(c, hierarchy,
        ctx.core.findInterned(dev.openrama.runtime.data.Symbol.intern(null, "*print-readably*")));
  }
}
