package dev.openrama.runtime.data;

/** A function of any arity whose body sees all arguments as one array it owns. */
public abstract class SpreadFn extends AFn {
  protected abstract Object call(Object[] args);

  @Override
  public Object invoke() {
    return call(new Object[0]);
  }

  @Override
  public Object invoke(Object a) {
    return call(new Object[] {a});
  }

  @Override
  public Object invoke(Object a, Object b) {
    return call(new Object[] {a, b});
  }

  @Override
  public Object invoke(Object a, Object b, Object c) {
    return call(new Object[] {a, b, c});
  }

  @Override
  public Object invoke(Object a, Object b, Object c, Object d) {
    return call(new Object[] {a, b, c, d});
  }

  @Override
  public Object invokeN(Object[] args) {
    return call(args);
  }

  @Override
  public Object applyTo(Seq args) {
    return call(Seqs.toArray(args));
  }
}
