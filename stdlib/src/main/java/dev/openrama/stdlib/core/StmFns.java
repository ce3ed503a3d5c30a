package dev.openrama.stdlib.core;

import dev.openrama.interpreter.Var;
import dev.openrama.runtime.data.Fn;
import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.Printer;
import dev.openrama.runtime.data.Truth;
import java.util.Arrays;

/**
 * Refs and agents: {@code ref sync alter commute ref-set ensure agent send send-off await
 * agent-error restart-agent ...}, and watches/validators over atoms, refs and agents alike.
 */
final class StmFns {
  private StmFns() {}

  private static final Keyword META = Keyword.intern(null, "meta");
  private static final Keyword VALIDATOR = Keyword.intern(null, "validator");
  private static final Keyword ERROR_HANDLER = Keyword.intern(null, "error-handler");
  private static final Keyword ERROR_MODE = Keyword.intern(null, "error-mode");

  private static Object opt(Object[] args, Keyword k) {
    for (int i = 1; i + 1 < args.length; i += 2) {
      if (k.equals(args[i])) {
        return args[i + 1];
      }
    }
    return null;
  }

  static void install(CoreInstaller c) {
    Var agentVar = c.dynamic("*agent*", null);
    c.builtin("ref").variadic(1, args -> new Ref(args[0], (MapColl) opt(args, META),
        (Fn) opt(args, VALIDATOR)));
    c.builtin("sync*").with(f -> Ref.runInTransaction((Fn) f));
    c.builtin("ref-set").with((r, v) -> ((Ref) r).set(v));
    c.builtin("alter").variadic(2, args -> ((Ref) args[0]).alter((Fn) args[1],
        Arrays.copyOfRange(args, 2, args.length)));
    c.builtin("commute").variadic(2, args -> ((Ref) args[0]).alter((Fn) args[1],
        Arrays.copyOfRange(args, 2, args.length)));
    c.builtin("ensure").with(r -> ((Ref) r).touch());
    c.builtin("agent").variadic(1, args -> new Agent(args[0], (MapColl) opt(args, META),
        (Fn) opt(args, VALIDATOR), (Fn) opt(args, ERROR_HANDLER),
        (Keyword) opt(args, ERROR_MODE), agentVar));
    c.builtin("send").variadic(2, args -> ((Agent) args[0]).send((Fn) args[1],
        Arrays.copyOfRange(args, 2, args.length)));
    c.builtin("send-off").variadic(2, args -> ((Agent) args[0]).send((Fn) args[1],
        Arrays.copyOfRange(args, 2, args.length)));
    c.builtin("send-via").variadic(3, args -> ((Agent) args[1]).send((Fn) args[2],
        Arrays.copyOfRange(args, 3, args.length)));
    c.builtin("await").variadic(0, args -> {
      for (Object a : args) {
        awaitAgent((Agent) a, -1);
      }
      return null;
    });
    c.builtin("await-for").variadic(1, args -> {
      boolean ok = true;
      for (int i = 1; i < args.length; i++) {
        ok &= awaitAgent((Agent) args[i], ((Number) args[0]).longValue());
      }
      return ok;
    });
    c.builtin("agent-error").with(a -> ((Agent) a).error());
    c.builtin("agent-errors").with(a -> ((Agent) a).error() == null ? null
        : dev.openrama.runtime.data.PersistentList.of(((Agent) a).error()));
    c.builtin("restart-agent").variadic(2, args -> ((Agent) args[0]).restart(args[1],
        Truth.isTruthy(opt(Arrays.copyOfRange(args, 1, args.length),
            Keyword.intern(null, "clear-actions")))));
    c.builtin("set-error-handler!").with((a, f) -> {
      ((Agent) a).setErrorHandler((Fn) f);
      return null;
    });
    c.builtin("error-handler").with(a -> ((Agent) a).errorHandler());
    c.builtin("set-error-mode!").with((a, k) -> {
      ((Agent) a).setErrorMode((Keyword) k);
      return null;
    });
    c.builtin("error-mode").with(a -> ((Agent) a).errorMode());
    c.builtin("release-pending-sends").with(() -> 0L);
    c.builtin("add-watch").with((r, k, f) -> {
      if (r instanceof Ref) {
        ((Ref) r).addWatch(k, (Fn) f);
      } else {
        ((Atom) r).addWatch(k, (Fn) f);
      }
      return r;
    });
    c.builtin("remove-watch").with((r, k) -> {
      if (r instanceof Ref) {
        ((Ref) r).removeWatch(k);
      } else {
        ((Atom) r).removeWatch(k);
      }
      return r;
    });
    c.builtin("set-validator!").with((r, f) -> {
      if (r instanceof Ref) {
        ((Ref) r).setValidator((Fn) f);
      } else {
        ((Atom) r).setValidator((Fn) f);
      }
      return null;
    });
    c.builtin("get-validator").with(r -> r instanceof Ref ? ((Ref) r).validator()
        : ((Atom) r).validator());
    Printer.register(Ref.class, (x, p) -> p.printDeref(x, "clojure.lang.Ref"));
    Printer.register(Agent.class, (x, p) -> p.printDeref(x, "clojure.lang.Agent"));
  }

  private static boolean awaitAgent(Agent a, long ms) {
    try {
      return a.await(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
