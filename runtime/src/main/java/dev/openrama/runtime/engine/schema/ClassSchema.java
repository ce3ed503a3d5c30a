package dev.openrama.runtime.engine.schema;

import dev.openrama.runtime.data.ClojureNames;
import dev.openrama.runtime.data.TypeObject;
import dev.openrama.runtime.data.Typed;

/**
 * A leaf: any value that is an instance of a JVM class, or of a record type defined in the
 * language (which has a type object instead of a class).
 */
public record ClassSchema(Object type) implements Schema {
  public static final ClassSchema OBJECT = new ClassSchema(Object.class);

  public ClassSchema {
    if (!(type instanceof Class) && !(type instanceof TypeObject)) {
      throw new IllegalArgumentException("a leaf schema is a class or a record type, not "
          + (type == null ? "nil" : ClojureNames.of(type.getClass())));
    }
  }

  public boolean accepts(Object value) {
    if (value == null || type == Object.class) {
      return true;
    }
    if (type instanceof TypeObject) {
      return value instanceof Typed && ((Typed) value).type() == type;
    }
    return ((Class<?>) type).isInstance(value);
  }

  @Override
  public String describe() {
    return type instanceof TypeObject ? ((TypeObject) type).name()
        : ClojureNames.of((Class<?>) type);
  }
}
