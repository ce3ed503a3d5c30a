package dev.openrama.runtime.data;

/** {@code ex-info}: an exception carrying a map of data (Clojure's {@code ExceptionInfo}). */
public class ExceptionInfo extends RuntimeException {
  private final MapColl data;

  public ExceptionInfo(String message, MapColl data, Throwable cause) {
    super(message, cause);
    if (data == null) {
      throw new IllegalArgumentException("Additional data must be non-nil.");
    }
    this.data = data;
  }

  public ExceptionInfo(String message, MapColl data) {
    this(message, data, null);
  }

  public MapColl getData() {
    return data;
  }

  @Override
  public String toString() {
    return "clojure.lang.ExceptionInfo: " + getMessage() + " " + data;
  }
}
