package dev.openrama.runtime.data;

/**
 * An instance of a {@code deftype} or {@code reify}: field values by position. Equality is
 * identity unless the type defines {@code equals}/{@code hashCode}.
 */
public final class TypedInstance implements Typed, WithMeta, Printable {
  private final TypeObject type;
  private final Object[] fields;
  private final MapColl meta;

  public TypedInstance(TypeObject type, Object[] fields, MapColl meta) {
    this.type = type;
    this.fields = fields;
    this.meta = meta;
  }

  @Override
  public TypeObject type() {
    return type;
  }

  @Override
  public Object field(int i) {
    return fields[i];
  }

  /** Sets a mutable field (from {@code set!} inside the type's own methods). */
  public void setField(int i, Object v) {
    fields[i] = v;
  }

  @Override
  public MapColl meta() {
    return meta;
  }

  @Override
  public TypedInstance withMeta(MapColl m) {
    return new TypedInstance(type, fields, m);
  }

  @Override
  public boolean equals(Object o) {
    Fn eq = type.method("equals");
    return eq != null ? Truth.isTruthy(eq.invoke(this, o)) : this == o;
  }

  @Override
  public int hashCode() {
    Fn h = type.method("hashCode");
    return h != null ? ((Number) h.invoke(this)).intValue() : System.identityHashCode(this);
  }

  @Override
  public void print(Printer p) {
    p.printObject(this, type.name());
  }

  @Override
  public String toString() {
    Fn s = type.method("toString");
    return s != null ? (String) s.invoke(this)
        : type.name() + "@" + Integer.toHexString(System.identityHashCode(this));
  }
}
