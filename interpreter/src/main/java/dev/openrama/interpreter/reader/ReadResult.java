package dev.openrama.interpreter.reader;

import java.util.List;

/** All top-level forms of a source (in order; {@code nil} forms are {@code null}) and their spans. */
public record ReadResult(List<Object> forms, SpanTable spans) {}
