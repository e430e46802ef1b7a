package dev.dslab.print;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.model.core.Quantity;
import org.junit.jupiter.api.Test;

/** Sums printed as resource.Quantity's Add and String give them (quantity.go). */
class CanonicalQuantityTest {
  private static String sum(String... quantities) {
    CanonicalQuantity total = CanonicalQuantity.ZERO;
    for (String q : quantities) {
      total = total.plus(Quantity.parse(q));
    }
    return total.toString();
  }

  @Test
  void aSumKeepsTheFormatOfItsFirstQuantity() {
    assertThat(sum("32M", "4M")).isEqualTo("36M");
    assertThat(sum("100Mi", "130Mi")).isEqualTo("230Mi");
    assertThat(sum("512Mi", "512Mi")).isEqualTo("1Gi");
    assertThat(sum("1e3")).isEqualTo("1e3");
  }

  @Test
  void aSumNoSuffixDividesIsPlainBytes() {
    assertThat(sum("36M", "230Mi")).isEqualTo("277172480");
    assertThat(sum("230Mi", "36M")).isEqualTo("277172480");
    assertThat(sum("1.5Ki")).isEqualTo("1536");
  }

  @Test
  void cpuIsInCoresOrMillicores() {
    assertThat(sum("100m", "139m")).isEqualTo("239m");
    assertThat(sum("1", "500m")).isEqualTo("1500m");
    assertThat(sum("250m", "750m", "1")).isEqualTo("2");
    assertThat(sum("0")).isEqualTo("0");
  }

  @Test
  void smallBinaryAmountsAndFractionsFallBackToDecimal() {
    assertThat(sum("0.5Ki")).isEqualTo("512");
    assertThat(sum("1000")).isEqualTo("1k");
  }
}
