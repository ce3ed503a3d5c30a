package dev.openrama.runtime.engine.schema;

import dev.openrama.runtime.data.Keyword;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code (fixed-keys-schema {:k S ...})}: a map with a closed set of optional keys, each with
 * its own schema. Never subindexed itself, though its values may be.
 */
public record FixedKeysSchema(Map<Keyword, Schema> fields) implements Schema {
  public FixedKeysSchema {
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  @Override
  public String describe() {
    StringBuilder sb = new StringBuilder("(fixed-keys-schema {");
    boolean first = true;
    for (Map.Entry<Keyword, Schema> e : fields.entrySet()) {
      if (!first) {
        sb.append(", ");
      }
      first = false;
      sb.append(e.getKey()).append(' ').append(e.getValue().describe());
    }
    return sb.append("})").toString();
  }
}
