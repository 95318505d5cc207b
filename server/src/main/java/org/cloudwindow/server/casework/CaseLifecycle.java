package org.cloudwindow.server.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cloudwindow.server.catalog.CatalogService;
import org.cloudwindow.server.catalog.HandlingTier;
import org.cloudwindow.server.catalog.Matter;
import org.cloudwindow.server.identity.CurrentUser;
import org.cloudwindow.server.queue.QueueService;
import org.cloudwindow.server.site.SiteTier;
import org.cloudwindow.server.web.ApiException;
import org.cloudwindow.server.web.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Moves a case through its lifecycle by {@link CaseRules}: a user outside the rule's relations is
 * refused (403), a step not possible from the case's state is refused (409), and a step whose
 * conditions fail (form incomplete, materials unverified, reason missing) is refused with what is
 * wrong; a refused step leaves the case as it was. Each step is a timeline event and a
 * {@link CaseTransitioned} event.
 */
@Service
@Transactional
class CaseLifecycle {

  private static final Logger log = LoggerFactory.getLogger(CaseLifecycle.class);
  static final int MAX_REASON = 500;

  private final CaseRepository cases;
  private final LifecycleRepository lifecycle;
  private final FormRepository forms;
  private final TimelineRepository timeline;
  private final CaseAccess access;
  private final CatalogService catalog;
  private final CaseMaterials materials;
  private final SupplementList supplements;
  private final CaseNumbers numbers;
  private final WorkingDays workingDays;
  private final CaseworkProperties properties;
  private final QueueService queue;
  private final ApplicationEventPublisher events;
  private final JsonMapper json;
  private final Clock clock;

  CaseLifecycle(CaseRepository cases, LifecycleRepository lifecycle, FormRepository forms, TimelineRepository timeline,
      CaseAccess access, CatalogService catalog, CaseMaterials materials, SupplementList supplements,
      CaseNumbers numbers, WorkingDays workingDays, CaseworkProperties properties, QueueService queue,
      ApplicationEventPublisher events, JsonMapper json, Clock clock) {
    this.cases = cases;
    this.lifecycle = lifecycle;
    this.forms = forms;
    this.timeline = timeline;
    this.access = access;
    this.catalog = catalog;
    this.materials = materials;
    this.supplements = supplements;
    this.numbers = numbers;
    this.workingDays = workingDays;
    this.properties = properties;
    this.queue = queue;
    this.events = events;
    this.json = json;
    this.clock = clock;
  }

  /** Takes the action on the case and returns the case as stored. */
  CaseRecord transition(CurrentUser user, long caseId, Transition request) {
    CaseAction action = CaseAction.of(String.valueOf(request.action()))
        .orElseThrow(() -> ApiException.invalidField("action", "option", "not an action of the case lifecycle"));
    CaseRecord found = cases.lock(caseId).orElseThrow(() -> ApiException.notFound("case " + caseId));
    CaseSchema schema = CaseSchema.of(catalog, found.matterCodes());
    Set<CaseAccess.Relation> relations = access.relations(user, found);
    CaseRules.Verdict verdict = CaseRules.decide(relations, found.state(), schema.twoLevel(), action);
    if (verdict instanceof CaseRules.Verdict.Forbidden) {
      throw ApiException.forbidden();
    }
    if (!(verdict instanceof CaseRules.Verdict.Allowed allowed)) {
      throw new ApiException(CaseProblem.TRANSITION_NOT_ALLOWED, action.wire(), found.state().name());
    }
    CaseState to = allowed.to();
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, WorkingDays.ZONE);
    String reason = reason(request.reason(), action == CaseAction.NOT_ACCEPT || action == CaseAction.DENY);
    Object detail = null;
    switch (action) {
      case SUBMIT -> {
        requireComplete(schema, found);
        lifecycle.submitted(caseId, now, workingDays.plus(today, properties.decisionDays()));
      }
      case ACCEPT -> {
        requireMaterialsVerified(caseId);
        int days = schema.matters().stream().mapToInt(Matter::promisedDays).max().orElse(0);
        lifecycle.accepted(caseId, numbers.next(found.windowId(), today), now, workingDays.plus(today, days));
      }
      case REQUEST_SUPPLEMENT -> {
        Supplement supplement = supplements.of(found, schema, now, workingDays.plus(today, properties.supplementDays()),
            reason);
        lifecycle.supplementRequested(caseId, json.writeValueAsString(supplement), supplement.deadline());
        detail = supplement;
      }
      case PRELIM_REVIEW -> lifecycle.reviewWindow(caseId, reviewWindow(schema, found).id());
      case CONCLUDE -> lifecycle.concluded(caseId, now, delivery(request.delivery()));
      default -> { }
    }
    lifecycle.state(caseId, to, now);
    timeline.event(caseId, now, user.id(), action.name(), found.state(), to, reason, List.of(), detail);
    events.publishEvent(new CaseTransitioned(caseId, action.wire(), found.state(), to, user.id(), reason, now));
    log.info("Case {} {} by {}: {} -> {}", caseId, action.wire(), user.username(), found.state(), to);
    return cases.find(caseId).orElseThrow();
  }

  private void requireComplete(CaseSchema schema, CaseRecord found) {
    List<FieldProblem> problems = schema.check(catalog, forms.plainValues(found.id(), schema), true);
    if (!problems.isEmpty()) {
      throw new ApiException(CaseProblem.INVALID_FIELD, problems, problems.size());
    }
  }

  private void requireMaterialsVerified(long caseId) {
    List<CaseMaterials.Gap> gaps = materials.unverified(caseId);
    if (!gaps.isEmpty()) {
      throw new ApiException(CaseProblem.MATERIALS_NOT_VERIFIED, gaps.stream()
          .map(g -> new FieldProblem(g.code(), "material-" + g.status().name().toLowerCase(java.util.Locale.ROOT), g.name()))
          .toList(), gaps.size());
    }
  }

  private org.cloudwindow.server.site.Window reviewWindow(CaseSchema schema, CaseRecord found) {
    Matter twoLevel = schema.matters().stream().filter(m -> m.handlingTier() == HandlingTier.TWO_LEVEL).findFirst()
        .orElseThrow();
    return queue.windowFor(twoLevel.code(), found.workerSiteId(), SiteTier.DISTRICT);
  }

  private static @Nullable String reason(@Nullable String given, boolean required) {
    String reason = given == null || given.isBlank() ? null : given.strip();
    if (reason == null && required) {
      throw ApiException.invalidField("reason", "required", "a reason is required");
    }
    if (reason != null && reason.length() > MAX_REASON) {
      throw ApiException.invalidField("reason", "too-long", "at most " + MAX_REASON + " characters");
    }
    return reason;
  }

  private static Delivery delivery(@Nullable String given) {
    if (given == null || given.isBlank()) {
      throw ApiException.invalidField("delivery", "required", "choose how the result is delivered");
    }
    try {
      return Delivery.valueOf(given.strip());
    } catch (IllegalArgumentException e) {
      throw ApiException.invalidField("delivery", "option", "PICKUP, POST or ELECTRONIC");
    }
  }

  /** The request body of POST /api/cases/{id}/transitions. */
  record Transition(@Nullable String action, @Nullable String reason, @Nullable String delivery) {}
}
