package dev.openrama.runtime.engine.depot;

import org.agrona.DirectBuffer;

/**
 * Receives depot records without copying: {@code payload} views the stored bytes (the value
 * codec's encoding) and is valid only during the call.
 */
@FunctionalInterface
public interface RecordHandler {
  void onRecord(long offset, long timestampMillis, DirectBuffer payload, int index, int length);
}
