package org.cloudwindow.server.material;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cloudwindow.server.casework.CaseRecord;
import org.cloudwindow.server.casework.CaseService;
import org.cloudwindow.server.catalog.CatalogService;
import org.cloudwindow.server.catalog.MaterialRequirement;
import org.cloudwindow.server.identity.CurrentUser;
import org.cloudwindow.server.identity.Role;
import org.cloudwindow.server.material.MaterialRepository.NewPage;
import org.cloudwindow.server.material.MaterialRepository.StoredMaterial;
import org.cloudwindow.server.material.MaterialRepository.StoredPage;
import org.cloudwindow.server.storage.ObjectStore;
import org.cloudwindow.server.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's materials: the checklist, pages added by finished uploads, the clerk's verify and
 * reject, and page order and removal before the check. Those who may open the case see its
 * materials; only its worker and the clerks of its window add, order or remove pages (a
 * coordinator or an invited expert reads, but must not touch the applicant's documents); only
 * clerks check them. Every change is audited and told to the case's
 * topic.
 */
@Service
@Transactional
public class MaterialService {

  private static final Logger log = LoggerFactory.getLogger(MaterialService.class);

  private final MaterialRepository materials;
  private final CaseService cases;
  private final CatalogService catalog;
  private final ObjectStore store;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  MaterialService(MaterialRepository materials, CaseService cases, CatalogService catalog, ObjectStore store,
      ApplicationEventPublisher events, Clock clock) {
    this.materials = materials;
    this.cases = cases;
    this.catalog = catalog;
    this.store = store;
    this.events = events;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Checklist checklist(CurrentUser user, long caseId) {
    return checklist(cases.get(user, caseId));
  }

  /** The checklist without an access check, for pushing to those already allowed to follow the case. */
  @Transactional(readOnly = true)
  Checklist checklistOf(long caseId) {
    return checklist(cases.find(caseId).orElseThrow());
  }

  /** The slot, for a user about to upload into it; refused early so no bytes are sent in vain. */
  @Transactional(readOnly = true)
  void requireUploadable(CurrentUser user, long caseId, String slotCode) {
    CaseRecord found = cases.getToEdit(user, caseId);
    requireSlot(found, slotCode);
    materials.latest(caseId, slotCode).filter(m -> m.state() == MaterialState.VERIFIED).ifPresent(m -> {
      throw new ApiException(MaterialProblem.LOCKED, slotCode);
    });
  }

  /**
   * Adds a checked file as the last page of the slot's current material, or of a new version
   * when there is none or the last one was rejected or withdrawn. Objects are already stored.
   */
  long addPage(CurrentUser user, long caseId, String slotCode, NewPage page) {
    CaseRecord found = cases.getToEdit(user, caseId);
    requireSlot(found, slotCode);
    materials.lockCase(caseId);
    StoredMaterial latest = materials.latest(caseId, slotCode).orElse(null);
    if (latest != null && latest.state() == MaterialState.VERIFIED) {
      throw new ApiException(MaterialProblem.LOCKED, slotCode);
    }
    Instant now = clock.instant();
    long materialId = latest != null && latest.state() == MaterialState.UPLOADED ? latest.id()
        : materials.insert(caseId, slotCode, latest == null ? 1 : latest.version() + 1, user.id(), now);
    long pageId = materials.insertPage(materialId, page, user.id(), now);
    audit(caseId, slotCode, materialId, pageId, user, "UPLOADED", page.contentType() + " " + page.size() + " bytes "
        + page.sha256());
    log.info("Material page {} uploaded to case {} slot {}", pageId, caseId, slotCode);
    return pageId;
  }

  public Checklist verify(CurrentUser clerk, long caseId, long materialId) {
    StoredMaterial material = pendingForClerk(clerk, caseId, materialId);
    materials.check(materialId, MaterialState.VERIFIED, null, clerk.id(), clock.instant());
    audit(caseId, material.slotCode(), materialId, null, clerk, "VERIFIED", null);
    return checklistOf(caseId);
  }

  public Checklist reject(CurrentUser clerk, long caseId, long materialId, String reason) {
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty() || why.length() > 500) {
      throw ApiException.invalidField("reason", "size", "1 to 500 characters");
    }
    StoredMaterial material = pendingForClerk(clerk, caseId, materialId);
    materials.check(materialId, MaterialState.REJECTED, why, clerk.id(), clock.instant());
    audit(caseId, material.slotCode(), materialId, null, clerk, "REJECTED", why);
    return checklistOf(caseId);
  }

  /** Puts the material's pages in the given order; every page exactly once. */
  public Checklist reorder(CurrentUser user, long caseId, long materialId, List<Long> pageIds) {
    StoredMaterial material = changeable(user, caseId, materialId);
    List<StoredPage> pages = materials.pages(materialId);
    if (pageIds.size() != pages.size() || !new HashSet<>(pageIds).equals(
        pages.stream().map(StoredPage::id).collect(Collectors.toSet()))) {
      throw new ApiException(MaterialProblem.BAD_ORDER);
    }
    for (int i = 0; i < pageIds.size(); i++) {
      materials.position(pageIds.get(i), i + 1);
    }
    audit(caseId, material.slotCode(), materialId, null, user, "REORDERED", pageIds.toString());
    return checklistOf(caseId);
  }

  /** Removes a page before the check; its files are deleted, its row stays for the audit. */
  public Checklist removePage(CurrentUser user, long caseId, long materialId, long pageId) {
    StoredMaterial material = changeable(user, caseId, materialId);
    StoredPage page = materials.page(caseId, pageId).filter(p -> p.materialId() == materialId)
        .orElseThrow(() -> ApiException.notFound("page " + pageId));
    materials.removePage(pageId, clock.instant());
    if (materials.pages(materialId).isEmpty()) {
      materials.withdraw(materialId);
    }
    audit(caseId, material.slotCode(), materialId, pageId, user, "REMOVED", page.fileName());
    store.delete(page.objectKey());
    store.delete(page.thumbKey());
    return checklistOf(caseId);
  }

  @Transactional(readOnly = true)
  public Download content(CurrentUser user, long caseId, long pageId, boolean thumbnail) {
    cases.get(user, caseId);
    StoredPage page = materials.page(caseId, pageId).orElseThrow(() -> ApiException.notFound("page " + pageId));
    String key = thumbnail ? page.thumbKey() : page.objectKey();
    Resource resource = store.get(key).orElseThrow(() -> ApiException.notFound("page " + pageId));
    return thumbnail
        ? new Download(resource, "image/jpeg", FileNames.withExtension(page.fileName(), "thumbnail.jpg"))
        : new Download(resource, page.contentType(), page.fileName());
  }

  /** A file to send: the resource with its length, its real type and the name to save it as. */
  public record Download(Resource resource, String contentType, String fileName) {}

  private Checklist checklist(CaseRecord found) {
    List<StoredMaterial> all = materials.ofCase(found.id());
    Map<Long, List<Checklist.Page>> pages = materials.pagesOfCase(found.id()).stream()
        .collect(Collectors.groupingBy(StoredPage::materialId, Collectors.mapping(p -> page(found.id(), p),
            Collectors.toList())));
    List<Checklist.Slot> slots = new ArrayList<>();
    for (MaterialRequirement requirement : requirements(found)) {
      List<Checklist.Material> versions = all.stream()
          .filter(m -> m.slotCode().equals(requirement.code()) && m.state() != MaterialState.WITHDRAWN)
          .map(m -> material(m, pages.getOrDefault(m.id(), List.of()))).toList();
      Checklist.Material current = versions.isEmpty() ? null : versions.get(0);
      SlotState state = current == null ? SlotState.MISSING : SlotState.valueOf(current.state().name());
      slots.add(new Checklist.Slot(requirement.code(), requirement.name(), requirement.mandatory(), state, current,
          versions.size() > 1 ? versions.subList(1, versions.size()) : List.of()));
    }
    return new Checklist(found.id(), slots);
  }

  private List<MaterialRequirement> requirements(CaseRecord found) {
    // Several matters (一事联办) share slots through Slots.of.
    return Slots.of(found.matterCodes().stream().flatMap(code -> catalog.find(code).stream()).toList());
  }

  private void requireSlot(CaseRecord found, String slotCode) {
    if (requirements(found).stream().noneMatch(r -> r.code().equals(slotCode))) {
      throw new ApiException(MaterialProblem.UNKNOWN_SLOT, slotCode);
    }
  }

  private StoredMaterial pendingForClerk(CurrentUser clerk, long caseId, long materialId) {
    cases.get(clerk, caseId);
    if (!clerk.has(Role.CLERK)) {
      throw ApiException.forbidden();
    }
    materials.lockCase(caseId);
    StoredMaterial material = materials.find(caseId, materialId)
        .orElseThrow(() -> ApiException.notFound("material " + materialId));
    if (material.state() != MaterialState.UPLOADED) {
      throw new ApiException(MaterialProblem.NOT_PENDING, material.state().name());
    }
    return material;
  }

  private StoredMaterial changeable(CurrentUser user, long caseId, long materialId) {
    cases.getToEdit(user, caseId);
    materials.lockCase(caseId);
    StoredMaterial material = materials.find(caseId, materialId)
        .orElseThrow(() -> ApiException.notFound("material " + materialId));
    if (material.state() != MaterialState.UPLOADED) {
      throw new ApiException(MaterialProblem.LOCKED, material.slotCode());
    }
    return material;
  }

  private void audit(long caseId, String slotCode, long materialId, @org.jspecify.annotations.Nullable Long pageId,
      CurrentUser actor, String action, @org.jspecify.annotations.Nullable String detail) {
    Instant now = clock.instant();
    materials.event(caseId, materialId, pageId, slotCode, now, actor.id(), action, detail);
    cases.note(caseId, actor.id(), "MATERIAL_" + action, slotCode + (detail == null ? "" : ": " + detail));
    events.publishEvent(new MaterialChanged(caseId, slotCode, materialId, pageId, action, actor.id(), now));
  }

  private static Checklist.Material material(StoredMaterial m, List<Checklist.Page> pages) {
    return new Checklist.Material(m.id(), m.slotCode(), m.version(), m.state(), m.reason(), pages, m.createdBy(),
        m.createdAt(), m.checkedBy(), m.checkedAt());
  }

  private static Checklist.Page page(long caseId, StoredPage p) {
    String base = "/api/cases/" + caseId + "/materials/pages/" + p.id();
    return new Checklist.Page(p.id(), p.position(), p.fileName(), p.contentType(), p.size(), p.sha256(), p.width(),
        p.height(), p.pageCount(), p.uploadedBy(), p.uploadedAt(), base + "/content", base + "/thumbnail");
  }
}
