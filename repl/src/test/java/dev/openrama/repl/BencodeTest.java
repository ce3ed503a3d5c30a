package dev.openrama.repl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BencodeTest {
  private static Object decode(String s) throws Exception {
    return Bencode.read(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void encodesAsTheSpecSays() {
    assertThat(new String(Bencode.encode(Map.of("op", "eval", "id", 7L, "l", List.of("a", 1L))),
        StandardCharsets.UTF_8)).isEqualTo("d2:idi7e1:ll1:ai1ee2:op4:evale");
  }

  @Test
  void decodesNestedValuesAndUtf8() throws Exception {
    assertThat(decode("d4:code7:(+ 1 2)2:idi-3e3:lstl2:\u00e9ee"))
        .isEqualTo(Map.of("code", "(+ 1 2)", "id", -3L, "lst", List.of("\u00e9")));
  }

  @Test
  void roundTrips() throws Exception {
    Object v = Map.of("status", List.of("done"), "value", "\"x\"\n", "n", 0L);
    assertThat(Bencode.read(new ByteArrayInputStream(Bencode.encode(v)))).isEqualTo(v);
  }

  @Test
  void endOfStreamBetweenValuesIsNullInsideIsAnError() throws Exception {
    assertThat(decode("")).isNull();
    assertThatThrownBy(() -> decode("d2:op")).isInstanceOf(EOFException.class);
  }
}
