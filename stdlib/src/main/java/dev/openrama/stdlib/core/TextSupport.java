package dev.openrama.stdlib.core;

import java.util.regex.Matcher;

/** What other built-in namespaces share with {@code clojure.core}'s text functions. */
public final class TextSupport {
  private TextSupport() {}

  /** {@code (str x)}. */
  public static String str(Object x) {
    return PrintFns.str(x);
  }

  /** The printer settings the {@code *print-...*} vars give on this thread. */
  public static dev.openrama.runtime.data.PrintOptions printOptions() {
    return PrintFns.currentOptions();
  }

  /** {@code (re-groups m)}. */
  public static Object groups(Matcher m) {
    return TextFns.groups(m);
  }
}
