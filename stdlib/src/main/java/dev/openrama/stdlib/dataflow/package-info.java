/**
 * The dataflow language of {@code com.rpl.rama}: a compiler from dataflow forms to runtime plans
 * ({@code dev.openrama.runtime.engine.dataflow}), and the namespaces {@code com.rpl.rama} (its
 * dataflow part), {@code com.rpl.rama.ops} and {@code com.rpl.rama.aggs}.
 *
 * <p>{@code ?<-}, {@code deframaop} and {@code deframafn} are macros: when the enclosing form is
 * analysed they compile their body with the lexical environment in view ({@code &env}) and expand
 * to code that builds the operation (or runs the block) from the compiled plan plus the values of
 * the Clojure locals and vars named in field position, evaluated where the form is defined. The
 * compiler ({@link dev.openrama.stdlib.dataflow.DataflowCompiler}) walks segments keeping an
 * attach point and the variables in scope there; each binding gets its own frame slot, so
 * shadowing and unification are resolved at compile time, and every variable reference is checked
 * against the scope of its attach point. The dataflow special forms are vars of
 * {@code com.rpl.rama} the compiler recognises by identity ({@link
 * dev.openrama.stdlib.dataflow.ControlForms}), so aliases and qualified names work.
 *
 * <p>PState operations ({@link dev.openrama.stdlib.dataflow.PStateForms}): {@code local-select>},
 * {@code local-transform>}, {@code local-clear>} and {@code path>} are ordinary operations whose
 * path argument compiles like any input (a path naming dataflow variables is rebuilt per
 * invocation; a constant path is one value, compiled once through the path cache). An aggregator
 * call whose first argument (after {@code [params]}) is a {@code $$} symbol, and
 * {@code (+compound $$p template)}, compile to transforms of the target's partition: template
 * maps navigate with {@code keypath} (so subindexed maps are updated in place), vectors and
 * leaves are updated by value, missing locations start from the aggregator's init value. A
 * {@code $$} symbol in field position that is no dataflow variable may name a Clojure local or
 * var (test PStates in {@code ?<-}). {@code com.rpl.rama.test}'s test PStates live in {@link
 * dev.openrama.stdlib.dataflow.TestNamespace}.
 */
package dev.openrama.stdlib.dataflow;
