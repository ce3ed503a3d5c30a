package dev.openrama.interpreter.node;

/**
 * The analysed code of a {@code fn}: its methods by arity and the nodes that compute the values
 * it captures when a closure is created.
 */
public final class FnTemplate {
  final String name;
  final FnMethod[] fixed;
  final FnMethod variadic;
  final Node[] captures;

  public FnTemplate(String name, FnMethod[] fixed, FnMethod variadic, Node[] captures) {
    this.name = name;
    this.fixed = fixed;
    this.variadic = variadic;
    this.captures = captures;
  }

  public String name() {
    return name;
  }

  FnMethod method(int n) {
    if (n < fixed.length && fixed[n] != null) {
      return fixed[n];
    }
    if (variadic != null && n >= variadic.required) {
      return variadic;
    }
    return null;
  }
}
