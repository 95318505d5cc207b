package org.cloudwindow.server.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.cloudwindow.server.account.AccountService;
import org.cloudwindow.server.catalog.CatalogService;
import org.cloudwindow.server.identity.CurrentUser;
import org.cloudwindow.server.notice.AcceptanceNotice;
import org.cloudwindow.server.notice.Issuer;
import org.cloudwindow.server.notice.NoticeApplicant;
import org.cloudwindow.server.notice.NoticeMatter;
import org.cloudwindow.server.notice.RefusalNotice;
import org.cloudwindow.server.notice.SupplementNotice;
import org.cloudwindow.server.site.SiteService;
import org.cloudwindow.server.site.Window;
import org.cloudwindow.server.web.ApiException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a case's written notices say, taken from the case as stored: the applicant, its matters,
 * the clerk who took the step (the actor of its timeline event), the window and site, the dates,
 * and for the acceptance notice the materials received and the signature. A case has a notice
 * only once the step that issues it was taken (404 {@code case.no-notice} before). Only the
 * records are built here, in a short read-only transaction; the PDFs are drawn after it.
 */
@Service
@Transactional(readOnly = true)
class CaseNotices {

  /**
   * On paper before a case number exists: the case's id, which stays the case's for good.
   * A ticket number (M004) starts again every day at every window, so it would not find the
   * case a month later; the case number replaces this once the case is accepted.
   */
  static final String REFERENCE_PREFIX = "办件";

  private final CaseService cases;
  private final LifecycleRepository lifecycle;
  private final TimelineRepository timeline;
  private final CaseSignatures signatures;
  private final CaseMaterials materials;
  private final CatalogService catalog;
  private final SiteService sites;
  private final AccountService accounts;
  private final JsonMapper json;

  CaseNotices(CaseService cases, LifecycleRepository lifecycle, TimelineRepository timeline, CaseSignatures signatures,
      CaseMaterials materials, CatalogService catalog, SiteService sites,
      AccountService accounts, JsonMapper json) {
    this.cases = cases;
    this.lifecycle = lifecycle;
    this.timeline = timeline;
    this.signatures = signatures;
    this.materials = materials;
    this.catalog = catalog;
    this.sites = sites;
    this.accounts = accounts;
    this.json = json;
  }

  /** The acceptance notice (受理通知书) of an accepted case, whatever happened to it since. */
  AcceptanceNotice acceptance(CurrentUser user, long caseId) {
    CaseRecord found = cases.get(user, caseId);
    String number = found.caseNumber();
    Instant acceptedAt = found.acceptedAt();
    LocalDate promisedBy = found.promisedBy();
    List<TimelineRepository.Event> events = timeline.ofCase(caseId);
    int accept = last(events, CaseAction.ACCEPT, events.size());
    if (number == null || acceptedAt == null || promisedBy == null || accept < 0) {
      throw new ApiException(CaseProblem.NO_NOTICE);
    }
    List<AcceptanceNotice.Material> received = materials.received(caseId).stream()
        .map(m -> new AcceptanceNotice.Material(m.name(), m.pages())).toList();
    return new AcceptanceNotice(number, applicant(found), matters(found), received, issuer(found, events.get(accept)),
        submittedOn(events, accept, found), day(acceptedAt), promisedBy, signature(caseId));
  }

  /**
   * The supplement notice (补正告知书) of the last supplement request: while the applicant
   * supplies, and afterwards as the record of what was asked.
   */
  SupplementNotice supplement(CurrentUser user, long caseId) {
    CaseRecord found = cases.get(user, caseId);
    List<TimelineRepository.Event> events = timeline.ofCase(caseId);
    int request = last(events, CaseAction.REQUEST_SUPPLEMENT, events.size());
    Optional<Supplement> stored = lifecycle.supplement(caseId).map(text -> json.readValue(text, Supplement.class));
    if (stored.isEmpty() || request < 0) {
      throw new ApiException(CaseProblem.NO_NOTICE);
    }
    Supplement supplement = stored.get();
    List<SupplementNotice.Item> items = supplement.items().stream().map(item -> new SupplementNotice.Item(
        "FIELD".equals(item.kind()) ? SupplementNotice.Kind.FIELD : SupplementNotice.Kind.MATERIAL, item.name(),
        item.reason())).toList();
    return new SupplementNotice(reference(found), applicant(found), matters(found), items,
        issuer(found, events.get(request)), submittedOn(events, request, found), day(supplement.requestedAt()),
        supplement.deadline(), supplement.note());
  }

  /** The refusal notice (不予受理通知书) of a case not accepted, with the clerk's reason. */
  RefusalNotice refusal(CurrentUser user, long caseId) {
    CaseRecord found = cases.get(user, caseId);
    List<TimelineRepository.Event> events = timeline.ofCase(caseId);
    int refusal = last(events, CaseAction.NOT_ACCEPT, events.size());
    String reason = refusal < 0 ? null : events.get(refusal).reason();
    if (found.state() != CaseState.NOT_ACCEPTED || reason == null || reason.isBlank()) {
      throw new ApiException(CaseProblem.NO_NOTICE);
    }
    // A clerk who wrote several reasons on separate lines gets them numbered one by one.
    List<String> reasons = Arrays.stream(reason.split("\\R")).map(String::strip).filter(r -> !r.isEmpty()).toList();
    return new RefusalNotice(reference(found), applicant(found), matters(found), reasons,
        issuer(found, events.get(refusal)), submittedOn(events, refusal, found), day(events.get(refusal).at()));
  }

  /** The case number once accepted, else {@link #REFERENCE_PREFIX} and the case's id. */
  static String reference(CaseRecord found) {
    return found.caseNumber() != null ? found.caseNumber() : REFERENCE_PREFIX + found.id();
  }

  private static NoticeApplicant applicant(CaseRecord found) {
    // In full: the notice prints it masked (web.PersonalData), as the contract asks of paper too.
    return new NoticeApplicant(found.applicant().name(), found.applicant().idNumber());
  }

  private List<NoticeMatter> matters(CaseRecord found) {
    return CaseSchema.of(catalog, found.matterCodes()).matters().stream()
        .map(m -> new NoticeMatter(m.code(), m.name())).toList();
  }

  /** The window that handled the case, its site (where the seal is), and who took the step. */
  private Issuer issuer(CaseRecord found, TimelineRepository.Event step) {
    Window window = sites.getWindow(found.windowId());
    Long actor = step.actorId();
    return new Issuer(window.siteName(), window.name(), actor == null ? "" : accounts.get(actor).displayName());
  }

  /**
   * The day of the submission the step decided on: the last SUBMIT before it (a case sent back
   * for supplements is submitted again, and each notice answers its own submission).
   */
  private static LocalDate submittedOn(List<TimelineRepository.Event> events, int step, CaseRecord found) {
    int submit = last(events, CaseAction.SUBMIT, step);
    if (submit >= 0) {
      return day(events.get(submit).at());
    }
    Instant submittedAt = found.submittedAt();
    return day(submittedAt != null ? submittedAt : events.get(step).at());
  }

  /**
   * The applicant's signature when it still signs what the case holds; a stale one signed other
   * content, so the notice leaves the line to be signed on paper instead.
   */
  private byte @Nullable [] signature(long caseId) {
    return signatures.of(caseId).filter(s -> !s.stale())
        .flatMap(s -> materials.signaturePng(caseId, s.materialId())).orElse(null);
  }

  /** Index of the last event of the transition before {@code before}, or -1. */
  private static int last(List<TimelineRepository.Event> events, CaseAction action, int before) {
    for (int i = Math.min(before, events.size()) - 1; i >= 0; i--) {
      if (action.name().equals(events.get(i).kind())) {
        return i;
      }
    }
    return -1;
  }

  private static LocalDate day(Instant at) {
    return LocalDate.ofInstant(at, WorkingDays.ZONE);
  }
}
