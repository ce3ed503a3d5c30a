package dev.openrama.runtime.data;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A type defined in the language ({@code defrecord}, {@code deftype}, {@code reify}): its
 * qualified name, field names, and the methods it defines for Java interfaces and
 * {@code Object} ({@code toString}, {@code close}, ...) by name. The language layer uses the
 * type object where Clojure would use a generated class. Thread-safe.
 */
public class TypeObject implements Printable {
  private final String name;
  private final Symbol[] fields;
  private final Map<String, Integer> fieldIndex = new HashMap<>();
  private final Map<String, Fn> methods = new ConcurrentHashMap<>();

  public TypeObject(String name, Symbol[] fields) {
    this.name = name;
    this.fields = fields.clone();
    for (int i = 0; i < fields.length; i++) {
      fieldIndex.put(fields[i].getName(), i);
    }
  }

  /** The qualified name, e.g. {@code user.Point}. */
  public String name() {
    return name;
  }

  public int fieldCount() {
    return fields.length;
  }

  public Symbol field(int i) {
    return fields[i];
  }

  /** The position of a field, or -1. */
  public int fieldIndex(String fieldName) {
    Integer i = fieldIndex.get(fieldName);
    return i == null ? -1 : i;
  }

  /** Defines a Java-interface or Object method; the function takes {@code this} first. */
  public void defineMethod(String methodName, Fn impl) {
    methods.put(methodName, impl);
  }

  /** The method of that name, or null. */
  public Fn method(String methodName) {
    return methods.get(methodName);
  }

  /** {@code (T. a b)}: a new instance with one value per field. */
  public Object construct(Object[] args) {
    if (args.length != fields.length) {
      throw new ArityException(args.length, name);
    }
    return new TypedInstance(this, args.clone(), null);
  }

  @Override
  public String toString() {
    return name;
  }

  @Override
  public void print(Printer p) {
    p.write(name);
  }
}
