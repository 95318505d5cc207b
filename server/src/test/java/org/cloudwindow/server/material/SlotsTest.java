package org.cloudwindow.server.material;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cloudwindow.server.catalog.HandlingTier;
import org.cloudwindow.server.catalog.MaterialRequirement;
import org.cloudwindow.server.catalog.Matter;
import org.junit.jupiter.api.Test;

class SlotsTest {

  @Test
  void materialsSharedByMattersAreOneSlotMandatoryIfAnyMatterSaysSo() {
    Matter allowance = matter("A", new MaterialRequirement("ID_CARD", "居民身份证", true),
        new MaterialRequirement("POWER_OF_ATTORNEY", "授权委托书", false));
    Matter funeral = matter("B", new MaterialRequirement("ID_CARD", "身份证", true),
        new MaterialRequirement("POWER_OF_ATTORNEY", "委托书", true), new MaterialRequirement("DEATH_CERT", "死亡证明", true));
    assertThat(Slots.of(List.of(allowance, funeral))).containsExactly(
        new MaterialRequirement("ID_CARD", "居民身份证", true),
        new MaterialRequirement("POWER_OF_ATTORNEY", "授权委托书", true),
        new MaterialRequirement("DEATH_CERT", "死亡证明", true));
  }

  private static Matter matter(String code, MaterialRequirement... materials) {
    return new Matter(code, code, List.of("a", "b"), "MZ", HandlingTier.values()[0], 5, true, List.of(materials),
        List.of(), true);
  }
}
