package dev.dslab.yaml.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The text of a manifest and where, if anywhere, its bytes were not UTF-8. Bad bytes do not stop
 * the decoding: they become U+FFFD and are remembered by line, so that only the documents that
 * contain them are rejected.
 */
public record SourceText(String text, List<Malformed> malformed) {
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  /** A run of bytes that is not UTF-8, at a byte offset of the file and on a 1-based line. */
  public record Malformed(long byteOffset, int line, int firstByte) {}

  public SourceText {
    malformed = List.copyOf(malformed);
  }

  public static SourceText of(String text) {
    return new SourceText(stripBom(text), List.of());
  }

  /**
   * Decodes a file's bytes: UTF-8 (with or without a byte order mark), or UTF-16 when it has one.
   */
  public static SourceText decode(byte[] bytes) {
    if (bytes.length >= 2
        && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
            || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
      return of(new String(bytes, StandardCharsets.UTF_16));
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    List<Malformed> bad = new ArrayList<>();
    int line = 1;
    int counted = 0;
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isUnderflow()) {
        break;
      }
      if (!result.isError()) {
        throw new IllegalStateException("decoder overflow: the buffer is sized for the worst case");
      }
      // Count the lines up to the bad byte, then carry on after it with a replacement character.
      for (int i = counted; i < in.position(); i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      counted = in.position();
      bad.add(new Malformed(in.position(), line, bytes[in.position()] & 0xFF));
      in.position(in.position() + result.length());
      out.put('\uFFFD');
    }
    decoder.flush(out);
    out.flip();
    return new SourceText(stripBom(out.toString()), bad);
  }

  /** The first malformed run within lines {@code from..to}, inclusive. */
  public Optional<Malformed> malformedWithin(int from, int to) {
    return malformed.stream().filter(m -> m.line() >= from && m.line() <= to).findFirst();
  }

  private static String stripBom(String text) {
    return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
  }
}
