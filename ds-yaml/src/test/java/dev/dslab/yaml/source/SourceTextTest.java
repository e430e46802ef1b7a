package dev.dslab.yaml.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceTextTest {

  @Test
  void decodesUtf8AndDropsAByteOrderMark() {
    SourceText text = SourceText.decode("\uFEFFname: ñandú\n".getBytes(StandardCharsets.UTF_8));

    assertThat(text.text()).isEqualTo("name: ñandú\n");
    assertThat(text.malformed()).isEmpty();
  }

  @Test
  void remembersWhereTheBytesAreNotUtf8AndGoesOn() {
    byte[] bytes = {'a', '\n', 'b', (byte) 0xFF, '\n', 'c', (byte) 0xC3, '\n'};

    SourceText text = SourceText.decode(bytes);

    assertThat(text.text()).isEqualTo("a\nb\uFFFD\nc\uFFFD\n");
    assertThat(text.malformed())
        .containsExactly(
            new SourceText.Malformed(3, 2, 0xFF), new SourceText.Malformed(6, 3, 0xC3));
    assertThat(text.malformedWithin(1, 1)).isEmpty();
    assertThat(text.malformedWithin(3, 9)).hasValue(new SourceText.Malformed(6, 3, 0xC3));
  }

  @Test
  void decodesUtf16WithAByteOrderMark() {
    assertThat(SourceText.decode("\uFEFFa: b\n".getBytes(StandardCharsets.UTF_16LE)).text())
        .isEqualTo("a: b\n");
  }
}
