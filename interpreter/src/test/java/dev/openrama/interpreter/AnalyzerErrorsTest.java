package dev.openrama.interpreter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.openrama.interpreter.reader.Source;
import dev.openrama.runtime.data.Phase;
import dev.openrama.runtime.data.RamaException;
import org.junit.jupiter.api.Test;

/** Analysis errors through the Interpreter API alone: special forms, no clojure.core. */
class AnalyzerErrorsTest {
  private final Interpreter interp =
      new Interpreter(new Context(getClass().getClassLoader()), new SourceLoader.Paths());

  private Object eval(String text) {
    return interp.loadInPlace(new Source("t.rama", text));
  }

  private RamaException error(String text) {
    return catchThrowableOfType(RamaException.class, () -> eval(text));
  }

  @Test
  void specialFormsEvaluate() {
    assertThat(eval("(let* [a 1 b a] (if b (quote yes) (quote no)))").toString())
        .isEqualTo("yes");
    assertThat(eval("(loop* [i 0] (if (. i equals 3) i (recur (. Math addExact i 1))))"))
        .isEqualTo(3L);
  }

  @Test
  void unresolvedSymbolIsPositioned() {
    RamaException e = error("(def x 1)\n(if x\n  nope 2)");
    assertThat(e.diagnostic())
        .isEqualTo("t.rama:3:3: error: Unable to resolve symbol: nope in this context");
    assertThat(e.phase()).isEqualTo(Phase.ANALYZE);
  }

  @Test
  void recurMustBeInTailPosition() {
    assertThat(error("(loop* [i 0] (do (recur i) 1))").diagnostic())
        .isEqualTo("t.rama:1:18: error: Can only recur from tail position");
    assertThat(error("(loop* [i 0] (recur))").getMessage())
        .isEqualTo("Mismatched argument count to recur, expected: 1 args, got: 0");
    assertThat(error("(loop* [i 0] (try (recur i)))").getMessage())
        .isEqualTo("Cannot recur across try");
  }

  @Test
  void malformedSpecialForms() {
    assertThat(error("(if)").getMessage()).isEqualTo("Too few arguments to if");
    assertThat(error("(if 1 2 3 4)").getMessage()).isEqualTo("Too many arguments to if");
    assertThat(error("(def \"x\" 1)").getMessage())
        .isEqualTo("First argument to def must be a Symbol");
    assertThat(error("(let* [1 2] 3)").getMessage())
        .isEqualTo("Bad binding form, expected symbol, got: 1");
    assertThat(error("(fn* ([a] 1) ([b] 2))").getMessage())
        .isEqualTo("Can't have 2 overloads with same arity");
    assertThat(error("(set! (quote x) 1)").getMessage()).isEqualTo("Invalid assignment target");
  }

  @Test
  void namespacesAndClasses() {
    assertThat(error("(nope.ns/f 1)").getMessage()).isEqualTo("No such namespace: nope.ns");
    assertThat(error("(new no.such.Klass)").getMessage())
        .isEqualTo("Unable to resolve classname: no.such.Klass");
    assertThat(error("Long/NOPE").getMessage())
        .isEqualTo("Unable to find static field: NOPE in java.lang.Long");
    assertThat(error("(def clojure.core/zzz 1)").getMessage())
        .isEqualTo("Can't refer to qualified var that doesn't exist");
  }

  @Test
  void collectionLiteralsHoldValuesNotForms() {
    assertThat(eval("['a {'b 'c} #{'d}]").toString()).isEqualTo("[a {b c} #{d}]");
  }

  @Test
  void primitiveNamesAreNotClassesAsSymbols() {
    assertThat(error("(int 1)").getMessage())
        .isEqualTo("Unable to resolve symbol: int in this context");
  }
}
