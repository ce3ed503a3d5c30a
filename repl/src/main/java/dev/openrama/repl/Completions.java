package dev.openrama.repl;

import dev.openrama.interpreter.Interpreter;
import dev.openrama.interpreter.Namespace;
import dev.openrama.interpreter.Var;
import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.Symbol;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a prefix typed at the REPL can complete to, for the line editor and nREPL's
 * {@code completions}: vars and classes mapped in the current namespace, special forms,
 * namespaces and their aliases; {@code alias/x} and {@code ns/x} complete public vars of that
 * namespace, {@code Class/x} static members, {@code .x} instance methods of the classes in
 * scope, {@code :x} every keyword interned so far. Call it in the session's bindings (it reads
 * {@code *ns*}).
 */
final class Completions {
  /** One completion: the text, its kind (nREPL's type names) and the namespace of a var. */
  record Candidate(String text, String type, String ns) {}

  private static final String[] SPECIAL_FORMS = {"def", "if", "do", "let*", "quote", "var",
      "fn*", "loop*", "recur", "throw", "try", "catch", "finally", "new", "set!", ".",
      "monitor-enter", "monitor-exit", "letfn*", "case*", "deftype*", "reify*", "import*"};
  /** Classes whose methods {@code .x} offers besides those imported into the namespace. */
  private static final Class<?>[] COMMON = {Object.class, String.class, Long.class,
      Double.class, Character.class, Boolean.class, StringBuilder.class, Thread.class,
      Class.class, Throwable.class, Iterable.class, java.util.Collection.class,
      java.util.List.class, java.util.Map.class, java.util.Set.class};

  private Completions() {}

  static List<Candidate> of(Interpreter interp, String prefix) {
    Map<String, Candidate> found = new LinkedHashMap<>();
    Namespace current = interp.context().currentNs();
    if (prefix.startsWith(":")) {
      keywords(current, prefix, found);
    } else if (prefix.startsWith(".") && !prefix.startsWith("..")) {
      instanceMethods(current, prefix, found);
    } else if (prefix.indexOf('/') > 0) {
      qualified(interp, current, prefix, found);
    } else {
      plain(interp, current, prefix, found);
    }
    List<Candidate> all = new ArrayList<>(found.values());
    all.sort(Comparator.comparing(Candidate::text));
    return all;
  }

  private static void add(Map<String, Candidate> found, String prefix, Candidate c) {
    if (c.text().startsWith(prefix)) {
      found.putIfAbsent(c.text(), c);
    }
  }

  private static void plain(Interpreter interp, Namespace current, String prefix,
      Map<String, Candidate> found) {
    for (Map.Entry<Symbol, Object> e : current.mappings().entrySet()) {
      String name = e.getKey().getName();
      if (!name.startsWith(prefix)) {
        continue;
      }
      Object m = e.getValue();
      if (m instanceof Var) {
        Var v = (Var) m;
        add(found, prefix, new Candidate(name, varType(v), v.ns().name().getName()));
      } else if (m instanceof Class) {
        add(found, prefix, new Candidate(name, "class", null));
      }
    }
    for (String s : SPECIAL_FORMS) {
      if (interp.analyzer().isSpecial(Symbol.intern(null, s))) {
        add(found, prefix, new Candidate(s, "special-form", null));
      }
    }
    for (Symbol alias : current.aliases().keySet()) {
      add(found, prefix, new Candidate(alias.getName(), "namespace", null));
    }
    for (Symbol ns : interp.context().namespaces().keySet()) {
      add(found, prefix, new Candidate(ns.getName(), "namespace", null));
    }
  }

  private static String varType(Var v) {
    if (v.isMacro()) {
      return "macro";
    }
    return v.getRoot() instanceof dev.openrama.runtime.data.Fn && !(v.getRoot() instanceof Var
        .Unbound) ? "function" : "var";
  }

  private static void qualified(Interpreter interp, Namespace current, String prefix,
      Map<String, Candidate> found) {
    int slash = prefix.lastIndexOf('/');
    String head = prefix.substring(0, slash);
    Symbol headSym = Symbol.intern(null, head);
    Namespace ns = interp.analyzer().resolveNamespace(headSym);
    if (ns != null) {
      for (Map.Entry<Symbol, Object> e : ns.mappings().entrySet()) {
        if (e.getValue() instanceof Var) {
          Var v = (Var) e.getValue();
          if (v.ns() == ns && (ns == current || !v.isPrivate())) {
            add(found, prefix, new Candidate(head + "/" + e.getKey().getName(), varType(v),
                ns.name().getName()));
          }
        }
      }
      return;
    }
    Class<?> c = classNamed(interp, headSym);
    if (c == null) {
      return;
    }
    for (Method m : c.getMethods()) {
      if (Modifier.isStatic(m.getModifiers())) {
        add(found, prefix, new Candidate(head + "/" + m.getName(), "static-method", null));
      }
    }
    for (Field f : c.getFields()) {
      if (Modifier.isStatic(f.getModifiers())) {
        add(found, prefix, new Candidate(head + "/" + f.getName(), "static-field", null));
      }
    }
  }

  private static Class<?> classNamed(Interpreter interp, Symbol name) {
    try {
      return interp.analyzer().resolveClass(name);
    } catch (RuntimeException | LinkageError e) {
      return null;
    }
  }

  private static void instanceMethods(Namespace current, String prefix,
      Map<String, Candidate> found) {
    List<Class<?>> classes = new ArrayList<>(List.of(COMMON));
    for (Object m : current.mappings().values()) {
      if (m instanceof Class) {
        classes.add((Class<?>) m);
      }
    }
    for (Class<?> c : classes) {
      for (Method m : c.getMethods()) {
        if (!Modifier.isStatic(m.getModifiers())) {
          add(found, prefix, new Candidate("." + m.getName(), "method", null));
        }
      }
    }
  }

  private static void keywords(Namespace current, String prefix, Map<String, Candidate> found) {
    if (prefix.startsWith("::")) {
      String ns = current.name().getName();
      for (Keyword k : Keyword.interned()) {
        if (ns.equals(k.sym().getNamespace())) {
          add(found, prefix, new Candidate("::" + k.sym().getName(), "keyword", null));
        }
      }
      return;
    }
    for (Keyword k : Keyword.interned()) {
      add(found, prefix, new Candidate(k.toString(), "keyword", null));
    }
  }
}
