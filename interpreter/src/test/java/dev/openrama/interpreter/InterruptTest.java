package dev.openrama.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.openrama.interpreter.reader.Source;
import dev.openrama.runtime.data.RamaException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A loop stops when its thread is interrupted (Ctrl-C at the REPL, nREPL interrupt). */
class InterruptTest {
  private final Interpreter interp =
      new Interpreter(new Context(getClass().getClassLoader()), new SourceLoader.Paths());

  @Test
  void anInterruptedLoopThrowsAndClearsTheFlag() throws Exception {
    CompletableFuture<Throwable> outcome = new CompletableFuture<>();
    Thread t = new Thread(() -> {
      try {
        Thread.currentThread().interrupt();
        interp.loadInPlace(new Source("t.rama", "(loop* [] (recur))"));
        outcome.complete(null);
      } catch (Throwable e) {
        outcome.complete(Thread.currentThread().isInterrupted() ? null : e);
      }
    });
    t.start();
    Throwable e = outcome.get(60, TimeUnit.SECONDS);
    assertThat(e).isInstanceOf(RamaException.class);
    assertThat(((RamaException) e).diagnostic())
        .isEqualTo("t.rama:1:1: error: Evaluation interrupted");
  }

  @Test
  void aRecurringFunctionStopsToo() throws Exception {
    CompletableFuture<Throwable> outcome = new CompletableFuture<>();
    Thread t = new Thread(() -> {
      try {
        Thread.currentThread().interrupt();
        interp.loadInPlace(new Source("t.rama", "((fn* [] (recur)))"));
        outcome.complete(null);
      } catch (Throwable e) {
        outcome.complete(e);
      }
    });
    t.start();
    assertThat(outcome.get(60, TimeUnit.SECONDS)).hasMessage("Evaluation interrupted");
  }
}
