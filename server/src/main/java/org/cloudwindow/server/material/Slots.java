package org.cloudwindow.server.material;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cloudwindow.server.catalog.MaterialRequirement;
import org.cloudwindow.server.catalog.Matter;

/**
 * The required-material slots of a case: one per material code across its matters (一事联办), so
 * an ID card asked for by two matters is uploaded once. A slot is mandatory when any matter says
 * so; its name is the first matter's.
 */
final class Slots {

  private Slots() {}

  static List<MaterialRequirement> of(List<Matter> matters) {
    Map<String, MaterialRequirement> slots = new LinkedHashMap<>();
    for (Matter matter : matters) {
      for (MaterialRequirement requirement : matter.materials()) {
        slots.merge(requirement.code(), requirement, (first, again) ->
            new MaterialRequirement(first.code(), first.name(), first.mandatory() || again.mandatory()));
      }
    }
    return List.copyOf(slots.values());
  }
}
