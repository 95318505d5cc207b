package org.cloudwindow.server.consult;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cloudwindow.server.call.CallEnded;
import org.cloudwindow.server.call.CallService;
import org.cloudwindow.server.call.CallState;
import org.cloudwindow.server.call.CallView;
import org.cloudwindow.server.casework.CaseRecord;
import org.cloudwindow.server.casework.CaseService;
import org.cloudwindow.server.catalog.CatalogService;
import org.cloudwindow.server.identity.CurrentUser;
import org.cloudwindow.server.identity.Role;
import org.cloudwindow.server.site.Department;
import org.cloudwindow.server.site.SiteService;
import org.cloudwindow.server.web.ApiException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consultations from request to conclusion: the clerk of a call asks, coordinators of the clerk's
 * site and above see the request with ranked candidates (assignment is in {@link Assignments}),
 * accepted experts add notes, and the clerk concludes, which writes one line to the case's
 * timeline. The clerk stays the one who decides; experts read the case only.
 */
@Service
@Transactional
public class ConsultService {

  static final int MAX_TOPIC = 200;
  static final int MAX_NOTE = 1000;
  /** Roles in a call that see its consultations: the tablet is the resident's side of the desk. */
  private static final Set<String> STAFF = Set.of("CLERK", "EXPERT", "COORDINATOR");
  private static final Set<ConsultationState> LIVE = EnumSet.of(ConsultationState.OPEN, ConsultationState.ANSWERED);
  private static final Logger log = LoggerFactory.getLogger(ConsultService.class);

  private final ConsultRepository consultations;
  private final ConsultAccess access;
  private final ConsultViews views;
  private final ConsultNotifier notifier;
  private final CallService calls;
  private final CaseService cases;
  private final CatalogService catalog;
  private final SiteService sites;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ConsultService(ConsultRepository consultations, ConsultAccess access, ConsultViews views, ConsultNotifier notifier,
      CallService calls, CaseService cases, CatalogService catalog, SiteService sites, ApplicationEventPublisher events,
      Clock clock) {
    this.consultations = consultations;
    this.access = access;
    this.views = views;
    this.notifier = notifier;
    this.calls = calls;
    this.cases = cases;
    this.catalog = catalog;
    this.sites = sites;
    this.events = events;
    this.clock = clock;
  }

  /**
   * The clerk of a live call asks for experts. Without tags, the case's matter codes and their
   * departments' names are used. 409 {@code consult.already-open} while the call has a live one.
   */
  public Consultation request(CurrentUser clerk, String callId, @Nullable String topic, @Nullable List<String> tags) {
    CallView call = calls.get(clerk, callId);
    if (!access.isCallClerk(clerk, callId)) {
      throw ApiException.forbidden();
    }
    String kept = ConsultAccess.required(topic, "topic", MAX_TOPIC);
    List<String> cleanTags = ExpertService.cleanTags(tags == null ? List.of() : tags);
    if (call.state() == CallState.ENDED) {
      throw new ApiException(ConsultProblem.CALL_ENDED);
    }
    CaseRecord found = cases.ofTicket(clerk, call.ticketId());
    List<String> about = cleanTags.isEmpty() ? defaultTags(found) : cleanTags;
    long id = consultations.insert(callId, found.id(), found.windowId(), clerk.siteId(), clerk.id(), kept, about,
        clock.instant()).orElseThrow(() -> new ApiException(ConsultProblem.ALREADY_OPEN));
    ConsultRepository.Stored stored = consultations.find(id).orElseThrow();
    notifier.board(views.forCoordinator(stored), "REQUESTED");
    log.info("Consultation {} requested in call {} by {}: {}", id, callId, clerk.username(), about);
    return views.plain(stored);
  }

  /**
   * Consultations of the coordinator's subtree in a state (OPEN and ANSWERED when none is given),
   * newest first, with ranked candidates while live.
   */
  @Transactional(readOnly = true)
  public List<Consultation> list(CurrentUser coordinator, @Nullable ConsultationState state) {
    if (!ConsultAccess.isCoordinator(coordinator)) {
      throw ApiException.forbidden();
    }
    return views.forCoordinators(consultations.atSites(sites.actionableSiteIds(coordinator),
        state == null ? LIVE : Set.of(state)));
  }

  /** The live consultations an expert is assigned to and did not decline (their page after a reload). */
  @Transactional(readOnly = true)
  public List<Consultation> mine(CurrentUser expert) {
    if (!expert.has(Role.EXPERT)) {
      throw ApiException.forbidden();
    }
    return consultations.ofExpert(expert.id(), LIVE).stream().map(views::plain).toList();
  }

  /** For its clerk, its experts (declined ones too) and coordinators of its site or above. */
  @Transactional(readOnly = true)
  public Consultation get(CurrentUser user, long id) {
    ConsultRepository.Stored stored = consultations.find(id).orElseThrow(() -> ConsultAccess.notFound(id));
    if (ConsultAccess.isCoordinator(user) && sites.mayActOn(user, stored.siteId())) {
      return views.forCoordinator(stored);
    }
    boolean expert = consultations.invitations(id).stream().anyMatch(i -> i.expertId() == user.id());
    if (!expert && stored.clerkId() != user.id() && !access.isCallClerk(user, stored.callId())) {
      throw ConsultAccess.notFound(id);
    }
    return views.plain(stored);
  }

  /**
   * The call's live consultation, or else its latest, for those in the call who take part in
   * consultations (a desk reloaded in another tab finds its own this way). The resident's tablet
   * is refused; strangers, and calls that never had one, get not-found.
   */
  @Transactional(readOnly = true)
  public Consultation ofCall(CurrentUser user, String callId) {
    String role = calls.get(user, callId).participants().stream().filter(m -> m.userId() == user.id())
        .map(CallView.Member::role).findFirst().orElse("");
    if (!STAFF.contains(role)) {
      throw ApiException.forbidden();
    }
    ConsultRepository.Stored stored = consultations.latestOfCall(callId)
        .orElseThrow(() -> ApiException.notFound("consultation of call " + callId));
    return ConsultAccess.isCoordinator(user) && sites.mayActOn(user, stored.siteId())
        ? views.forCoordinator(stored) : views.plain(stored);
  }

  /** An expert who accepted adds a note; it becomes part of the case's timeline at the conclusion. */
  public Consultation note(CurrentUser expert, long id, @Nullable String text) {
    ConsultAccess.Assigned assigned = access.forExpert(expert, id);
    String kept = ConsultAccess.required(text, "text", MAX_NOTE);
    ConsultAccess.requireLive(assigned.stored());
    if (assigned.invitation().state() != Consultation.InvitationState.ACCEPTED) {
      throw new ApiException(ConsultProblem.NOT_ACCEPTED);
    }
    Instant now = clock.instant();
    if (!TimelineText.fitsWith(views.plain(assigned.stored()),
        new Consultation.Note(expert.id(), expert.displayName(), kept, now))) {
      throw new ApiException(ConsultProblem.NOTES_FULL);
    }
    consultations.note(id, expert.id(), kept, now);
    return changed(assigned.stored(), "NOTE");
  }

  /**
   * The clerk ends the consultation with a conclusion: the notes and the conclusion become one
   * {@code CONSULTATION} line of the case's timeline. Invitations not yet answered lapse.
   */
  public Consultation conclude(CurrentUser clerk, long id, @Nullable String conclusion) {
    ConsultRepository.Stored stored = access.forClerk(clerk, id);
    String kept = ConsultAccess.required(conclusion, "conclusion", TimelineText.MAX_CONCLUSION);
    ConsultAccess.requireLive(stored);
    Instant now = clock.instant();
    lapse(stored, "concluded", clerk.id(), now);
    cases.noteInFull(stored.caseId(), clerk.id(), "CONSULTATION", TimelineText.of(views.plain(stored), kept));
    consultations.concluded(id, kept, now);
    log.info("Consultation {} concluded by {}", id, clerk.username());
    return changed(stored, "CONCLUDED");
  }

  /**
   * A call that ends cancels its consultation if no expert had accepted; an answered one stays
   * for the clerk to conclude. Unanswered invitations lapse either way.
   */
  @EventListener
  void on(CallEnded ended) {
    Instant now = clock.instant();
    for (ConsultRepository.Stored stored : consultations.liveOfCall(ended.callId())) {
      consultations.lapse(stored.id(), "call ended", now);
      if (stored.state() == ConsultationState.OPEN) {
        consultations.state(stored.id(), ConsultationState.CANCELLED);
        changed(stored, "CANCELLED");
        log.info("Consultation {} cancelled: its call ended", stored.id());
      } else {
        changed(stored, "CALL_ENDED");
      }
    }
  }

  /** Pending invitations lapse as declined and leave the call, so those experts can no longer join. */
  void lapse(ConsultRepository.Stored stored, String reason, long by, Instant at) {
    for (var invitation : consultations.invitations(stored.id())) {
      if (invitation.state() == Consultation.InvitationState.INVITED) {
        calls.withdrawInvitation(stored.callId(), invitation.expertId(), by);
      }
    }
    consultations.lapse(stored.id(), reason, at);
  }

  /** Tells the boards and everyone in the consultation; returns the plain view. */
  Consultation changed(ConsultRepository.Stored before, String event) {
    ConsultRepository.Stored now = consultations.find(before.id()).orElseThrow();
    if (before.state() == ConsultationState.OPEN && now.state() != ConsultationState.OPEN) {
      events.publishEvent(new ConsultationWaitEnded(now.id(), now.siteId(), now.state()));
    }
    notifier.board(views.forCoordinator(now), event);
    Consultation plain = views.plain(now);
    List<Long> people = new ArrayList<>(List.of(now.clerkId()));
    plain.experts().stream().filter(e -> e.state() != Consultation.InvitationState.DECLINED)
        .forEach(e -> people.add(e.expertId()));
    notifier.users(people, plain, event);
    return plain;
  }

  /**
   * Every matter of the case (一事联办) and each of their departments once: an expert of any of
   * them may be the one who can answer.
   */
  private List<String> defaultTags(CaseRecord found) {
    List<String> tags = new ArrayList<>(found.matterCodes());
    for (String code : found.matterCodes()) {
      catalog.find(code).flatMap(matter -> sites.departments().stream()
          .filter(d -> d.code().equals(matter.departmentCode())).findFirst()).map(Department::name)
          .filter(name -> !tags.contains(name)).ifPresent(tags::add);
    }
    return tags;
  }
}
