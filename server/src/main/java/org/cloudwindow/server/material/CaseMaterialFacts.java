package org.cloudwindow.server.material;

import java.util.ArrayList;
import java.util.List;
import org.cloudwindow.server.casework.CaseMaterials;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Answers casework's questions about a case's materials from its checklist. */
@Component
@Transactional(readOnly = true)
class CaseMaterialFacts implements CaseMaterials {

  private final MaterialService materials;

  CaseMaterialFacts(MaterialService materials) {
    this.materials = materials;
  }

  @Override
  public List<Gap> unverified(long caseId) {
    List<Gap> gaps = new ArrayList<>();
    for (Checklist.Slot slot : materials.checklistOf(caseId).slots()) {
      if (!slot.mandatory() || slot.state() == SlotState.VERIFIED) {
        continue;
      }
      Gap.Status status = Gap.Status.valueOf(slot.state().name());
      gaps.add(new Gap(slot.code(), slot.name(), status, slot.current() == null ? null : slot.current().reason()));
    }
    return gaps;
  }

  @Override
  public List<String> fingerprints(long caseId) {
    List<String> lines = new ArrayList<>();
    for (Checklist.Slot slot : materials.checklistOf(caseId).slots()) {
      if (slot.current() != null) {
        slot.current().pages().forEach(page -> lines.add(slot.code() + ":" + slot.current().version() + ":" + page.sha256()));
      }
    }
    return lines;
  }
}
