package dev.dslab.desktop.palette;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.model.core.TaintEffect;
import org.junit.jupiter.api.Test;

class ChipPayloadTest {
  @Test
  void labelRoundTripsThroughItsText() {
    ChipPayload.LabelChip chip =
        new ChipPayload.LabelChip("topology.kubernetes.io/zone", "eu-west-1a");
    assertThat(chip.text()).isEqualTo("topology.kubernetes.io/zone=eu-west-1a");
    assertThat(ChipPayload.LabelChip.parse(chip.text())).contains(chip);
  }

  @Test
  void taintRoundTripsWithAndWithoutValue() {
    ChipPayload.TaintChip withValue =
        new ChipPayload.TaintChip("dedicated", "db", TaintEffect.NoExecute);
    ChipPayload.TaintChip bare =
        new ChipPayload.TaintChip("maintenance", "", TaintEffect.NoSchedule);
    assertThat(withValue.text()).isEqualTo("dedicated=db:NoExecute");
    assertThat(bare.text()).isEqualTo("maintenance:NoSchedule");
    assertThat(ChipPayload.TaintChip.parse(withValue.text())).contains(withValue);
    assertThat(ChipPayload.TaintChip.parse(bare.text())).contains(bare);
  }

  @Test
  void malformedTextIsNoChip() {
    assertThat(ChipPayload.LabelChip.parse("novalue")).isEmpty();
    assertThat(ChipPayload.TaintChip.parse("key=v:Sometimes")).isEmpty();
    assertThat(ChipPayload.TaintChip.parse(":NoSchedule")).isEmpty();
  }
}
