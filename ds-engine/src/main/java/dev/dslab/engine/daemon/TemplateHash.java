package dev.dslab.engine.daemon;

import dev.dslab.engine.api.Identities;
import dev.dslab.model.core.PodTemplateSpec;
import java.nio.charset.StandardCharsets;

/**
 * controller.ComputeHash: FNV-1a (32 bit) over a deterministic dump of the pod template, plus the
 * collision count when there is one, written out with rand.SafeEncodeString. Upstream dumps the Go
 * struct with spew; we hash the canonical text of the immutable template record, so hashes are
 * stable for the same template but not equal to a real cluster's.
 */
public final class TemplateHash {
  private static final int FNV_OFFSET = 0x811c9dc5;
  private static final int FNV_PRIME = 0x01000193;

  private TemplateHash() {}

  public static String of(PodTemplateSpec template, Integer collisionCount) {
    int h = FNV_OFFSET;
    for (byte b : canonicalText(template).getBytes(StandardCharsets.UTF_8)) {
      h = (h ^ (b & 0xff)) * FNV_PRIME;
    }
    if (collisionCount != null) {
      int c = collisionCount;
      byte[] buf = {(byte) c, (byte) (c >>> 8), (byte) (c >>> 16), (byte) (c >>> 24), 0, 0, 0, 0};
      for (byte b : buf) {
        h = (h ^ (b & 0xff)) * FNV_PRIME;
      }
    }
    return safeEncode(Integer.toUnsignedString(h));
  }

  /**
   * The template's record text without the pod-only priority fields when they are unset (as in
   * every template: the Priority admission plugin sets them on pods), so that a template hashes as
   * it did before the model had them and a saved cluster keeps its revision names.
   */
  private static String canonicalText(PodTemplateSpec template) {
    return template.toString().replace(", priority=null, preemptionPolicy=null]", "]");
  }

  /** rand.SafeEncodeString: each byte mapped onto the 27 safe characters. */
  static String safeEncode(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      b.append(Identities.ALPHANUMS.charAt(c % Identities.ALPHANUMS.length()));
    }
    return b.toString();
  }
}
