package org.cloudwindow.server.casework;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.cloudwindow.server.catalog.CatalogService;
import org.cloudwindow.server.catalog.HandlingTier;
import org.cloudwindow.server.catalog.Matter;
import org.cloudwindow.server.identity.CurrentUser;
import org.cloudwindow.server.site.SiteService;
import org.cloudwindow.server.site.SiteTier;
import org.cloudwindow.server.site.Window;
import org.cloudwindow.server.web.ApiException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * More matters on one case while it is a draft (一事联办): the form and the material checklist
 * merge. A matter joins when the case's window can take it (its department, or a comprehensive
 * window, at the matter's tier), and a case never holds two-level matters of different
 * departments, since one district window reviews it.
 */
@Service
@Transactional
class CaseMatters {

  private final CaseRepository cases;
  private final TimelineRepository timeline;
  private final CaseAccess access;
  private final CatalogService catalog;
  private final SiteService sites;
  private final Prefill prefill;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  CaseMatters(CaseRepository cases, TimelineRepository timeline, CaseAccess access, CatalogService catalog,
      SiteService sites, Prefill prefill, ApplicationEventPublisher events, Clock clock) {
    this.cases = cases;
    this.timeline = timeline;
    this.access = access;
    this.catalog = catalog;
    this.sites = sites;
    this.prefill = prefill;
    this.events = events;
    this.clock = clock;
  }

  void add(CurrentUser user, long caseId, String code) {
    CaseRecord found = draft(user, caseId);
    Matter matter = catalog.find(code == null ? "" : code).filter(Matter::enabled)
        .orElseThrow(() -> ApiException.invalidField("code", "not-found", "no such matter"));
    if (found.matterCodes().contains(matter.code())) {
      throw new ApiException(CaseProblem.MATTER_PRESENT, matter.name());
    }
    List<Matter> present = found.matterCodes().stream().map(catalog::get).toList();
    if (!combinable(sites.getWindow(found.windowId()), present, matter)) {
      throw new ApiException(CaseProblem.MATTER_NOT_COMBINABLE, matter.name());
    }
    Instant now = clock.instant();
    cases.addMatter(caseId, matter.code(), matter.name());
    List<String> codes = new java.util.ArrayList<>(found.matterCodes());
    codes.add(matter.code());
    prefill.fill(caseId, codes, found.applicant(), now);
    changed(user, found, "MATTER_ADDED", matter, now);
  }

  void remove(CurrentUser user, long caseId, String code) {
    CaseRecord found = draft(user, caseId);
    Matter matter = catalog.find(code).filter(m -> found.matterCodes().contains(m.code()))
        .orElseThrow(() -> ApiException.notFound("matter " + code));
    if (found.matterCodes().size() == 1) {
      throw new ApiException(CaseProblem.LAST_MATTER, matter.name());
    }
    Instant now = clock.instant();
    cases.removeMatter(caseId, matter.code());
    changed(user, found, "MATTER_REMOVED", matter, now);
  }

  private void changed(CurrentUser user, CaseRecord found, String kind, Matter matter, Instant now) {
    timeline.event(found.id(), now, user.id(), kind, null, found.state(), matter.code() + " " + matter.name(), List.of());
    cases.touch(found.id(), now);
    events.publishEvent(new CaseChanged(found.id(), CaseChanged.MATTERS));
    events.publishEvent(new CaseChanged(found.id(), CaseChanged.TIMELINE));
  }

  private CaseRecord draft(CurrentUser user, long caseId) {
    CaseRecord found = cases.lock(caseId).orElseThrow(() -> ApiException.notFound("case " + caseId));
    access.requireEdit(user, found);
    if (found.state() != CaseState.DRAFT) {
      throw new ApiException(CaseProblem.NOT_EDITABLE, found.state().name());
    }
    return found;
  }

  private boolean combinable(Window window, List<Matter> present, Matter added) {
    SiteTier windowTier = sites.get(window.siteId()).tier();
    boolean tierFits = added.handlingTier() == HandlingTier.DISTRICT ? windowTier == SiteTier.DISTRICT
        : windowTier == SiteTier.TOWNSHIP;
    boolean departmentFits = window.comprehensive() || added.departmentCode().equals(window.departmentCode());
    boolean oneReviewer = added.handlingTier() != HandlingTier.TWO_LEVEL || present.stream()
        .filter(m -> m.handlingTier() == HandlingTier.TWO_LEVEL)
        .allMatch(m -> m.departmentCode().equals(added.departmentCode()));
    return added.remoteEligible() && tierFits && departmentFits && oneReviewer;
  }
}
