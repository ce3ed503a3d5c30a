package dev.openrama.runtime.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The base of every error a user can cause. It carries the source position, the phase, and the
 * language-level stack ({@code at ns/fn (file:line:col)} frames), and prints as
 * {@code file:line:col: error: message}.
 */
public class RamaException extends RuntimeException {
  private final SourceSpan span;
  private final Phase phase;
  private final List<String> frames = new ArrayList<>();

  public RamaException(String message, SourceSpan span, Phase phase, Throwable cause) {
    super(message, cause);
    this.span = span;
    this.phase = phase;
  }

  public RamaException(String message, SourceSpan span, Phase phase) {
    this(message, span, phase, null);
  }

  public SourceSpan span() {
    return span;
  }

  public Phase phase() {
    return phase;
  }

  /** Appends a language-level frame, innermost first. */
  public void addFrame(String fnName, SourceSpan at) {
    frames.add("  at " + fnName + " (" + (at == null ? "unknown" : at.toString()) + ")");
  }

  public List<String> frames() {
    return Collections.unmodifiableList(frames);
  }

  /** The diagnostic as users see it: the located message, then the frames. */
  public String diagnostic() {
    StringBuilder sb = new StringBuilder();
    if (span != null) {
      sb.append(span).append(": ");
    }
    sb.append("error: ").append(getMessage());
    for (String f : frames) {
      sb.append('\n').append(f);
    }
    return sb.toString();
  }
}
