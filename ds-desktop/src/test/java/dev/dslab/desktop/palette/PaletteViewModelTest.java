package dev.dslab.desktop.palette;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.model.core.TaintEffect;
import org.junit.jupiter.api.Test;

class PaletteViewModelTest {
  @Test
  void addsWellFormedChipsOnce() {
    PaletteViewModel vm = new PaletteViewModel();
    int before = vm.chips().size();
    assertThat(vm.addLabel("team", "payments")).isEmpty();
    assertThat(vm.addLabel("team", "payments")).isEmpty();
    assertThat(vm.addTaint("gpu", "", TaintEffect.NoSchedule)).isEmpty();
    assertThat(vm.chips())
        .hasSize(before + 2)
        .contains(
            new ChipPayload.LabelChip("team", "payments"),
            new ChipPayload.TaintChip("gpu", "", TaintEffect.NoSchedule));
  }

  @Test
  void explainsMalformedInput() {
    PaletteViewModel vm = new PaletteViewModel();
    assertThat(vm.addLabel("bad key", "x"))
        .hasValueSatisfying(m -> assertThat(m).contains("invalid key"));
    assertThat(vm.addLabel("k", "-x-"))
        .hasValueSatisfying(m -> assertThat(m).contains("invalid value"));
    assertThat(vm.addTaint("k", "v", null))
        .hasValueSatisfying(m -> assertThat(m).contains("effect"));
  }
}
