package org.cloudwindow.server.material;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cloudwindow.server.casework.CaseMaterials;
import org.cloudwindow.server.storage.ObjectStore;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Answers casework's questions about a case's materials from its checklist. */
@Component
@Transactional(readOnly = true)
class CaseMaterialFacts implements CaseMaterials {

  private final MaterialService materials;
  private final MaterialRepository repository;
  private final ObjectStore store;

  CaseMaterialFacts(MaterialService materials, MaterialRepository repository, ObjectStore store) {
    this.materials = materials;
    this.repository = repository;
    this.store = store;
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

  @Override
  public List<Received> received(long caseId) {
    List<Received> received = new ArrayList<>();
    for (Checklist.Slot slot : materials.checklistOf(caseId).slots()) {
      if (slot.state() == SlotState.VERIFIED && slot.current() != null) {
        int sheets = slot.current().pages().stream().mapToInt(p -> p.pageCount() == null ? 1 : p.pageCount()).sum();
        received.add(new Received(slot.code(), slot.name(), sheets));
      }
    }
    return received;
  }

  @Override
  public Optional<byte[]> signaturePng(long caseId, long materialId) {
    return repository.find(caseId, materialId).filter(m -> m.slotCode().equals(SignatureService.SLOT))
        .flatMap(m -> repository.pages(materialId).stream().findFirst())
        .flatMap(page -> store.get(page.objectKey())).map(CaseMaterialFacts::bytes);
  }

  /** A signature is at most {@link SignatureService#MAX_BYTES}; read whole. */
  private static byte[] bytes(Resource resource) {
    try (InputStream in = resource.getInputStream()) {
      return in.readNBytes(SignatureService.MAX_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException("signature file " + resource.getDescription(), e);
    }
  }
}
