package org.cloudwindow.server.consult;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cloudwindow.server.call.CallService;
import org.cloudwindow.server.identity.CurrentUser;
import org.cloudwindow.server.web.ApiException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bringing experts in: a coordinator assigns (and reassigns after a decline), each expert
 * accepts or declines with a reason, a coordinator may join the call, and an expert may ask the
 * coordinator for another expert. Assigned experts are invited into the call with the role EXPERT.
 */
@Service
@Transactional
class Assignments {

  static final int MAX_REASON = 200;
  private static final Logger log = LoggerFactory.getLogger(Assignments.class);

  private final ConsultRepository consultations;
  private final ConsultAccess access;
  private final ConsultService service;
  private final ConsultViews views;
  private final ConsultNotifier notifier;
  private final ExpertService experts;
  private final CallService calls;
  private final Clock clock;

  Assignments(ConsultRepository consultations, ConsultAccess access, ConsultService service, ConsultViews views,
      ConsultNotifier notifier, ExpertService experts, CallService calls, Clock clock) {
    this.consultations = consultations;
    this.access = access;
    this.service = service;
    this.views = views;
    this.notifier = notifier;
    this.experts = experts;
    this.calls = calls;
    this.clock = clock;
  }

  /**
   * Invites each expert into the consultation and its call; one already invited or accepted is
   * left as is, one who declined is asked again. Experts must serve the request's site and not
   * be OFFLINE; the call must have room for them.
   */
  Consultation assign(CurrentUser coordinator, long id, @Nullable List<Long> expertIds) {
    ConsultRepository.Stored stored = access.forCoordinator(coordinator, id);
    if (expertIds == null || expertIds.isEmpty()) {
      throw ApiException.invalidField("expertIds", "NotEmpty", "choose at least one expert");
    }
    ConsultAccess.requireLive(stored);
    Set<Long> served = views.served(stored.siteId());
    List<Expert> chosen = new ArrayList<>();
    for (long expertId : new LinkedHashSet<>(expertIds)) {
      Expert expert;
      try {
        expert = experts.get(expertId);
      } catch (ApiException notAnExpert) {
        throw ApiException.invalidField("expertIds", "not-found", "no expert " + expertId);
      }
      if (!expert.enabled() || !served.contains(expert.siteId())) {
        throw ApiException.invalidField("expertIds", "out-of-scope", "expert " + expertId + " does not serve this site");
      }
      if (expert.availability() == Availability.OFFLINE) {
        throw new ApiException(ConsultProblem.EXPERT_OFFLINE, expert.displayName());
      }
      chosen.add(expert);
    }
    access.requireRoom(stored.callId(), chosen.stream().filter(e -> !access.inCall(stored.callId(), e.userId())).count());
    Instant now = clock.instant();
    List<Long> invited = new ArrayList<>();
    for (Expert expert : chosen) {
      if (consultations.invite(id, expert.userId(), coordinator.id(), now)) {
        calls.invite(stored.callId(), expert.userId(), "EXPERT", coordinator.id());
        invited.add(expert.userId());
        log.info("Expert {} invited to consultation {} by {}", expert.userId(), id, coordinator.username());
      }
    }
    // The whole consultation as it now stands goes with each invitation: the page shows it at once.
    Consultation plain = views.plain(stored);
    for (long expertId : invited) {
      notifier.invitation(expertId, new ConsultNotifier.Invitation("invitation", id, stored.callId(),
          stored.caseId(), stored.topic(), plain.tags(), plain.clerkName(), plain.siteName(), coordinator.id(),
          coordinator.displayName(), plain));
    }
    service.changed(stored, "ASSIGNED");
    return views.forCoordinator(consultations.find(id).orElseThrow());
  }

  /** The invited expert accepts (then joins the call) or declines with a reason. */
  Consultation answer(CurrentUser expert, long id, @Nullable Boolean accept, @Nullable String reason) {
    ConsultAccess.Assigned assigned = access.forExpert(expert, id);
    if (accept == null) {
      throw ApiException.invalidField("accept", "required", "true or false");
    }
    String why = accept ? null : ConsultAccess.required(reason, "reason", MAX_REASON);
    ConsultAccess.requireLive(assigned.stored());
    if (assigned.invitation().state() != Consultation.InvitationState.INVITED) {
      throw new ApiException(ConsultProblem.ALREADY_ANSWERED, assigned.invitation().state().name());
    }
    Instant now = clock.instant();
    if (accept) {
      consultations.answer(id, expert.id(), Consultation.InvitationState.ACCEPTED, null, now);
      consultations.answered(id, now);
    } else {
      consultations.answer(id, expert.id(), Consultation.InvitationState.DECLINED, why, now);
      calls.withdrawInvitation(assigned.stored().callId(), expert.id(), expert.id());
    }
    log.info("Expert {} {} consultation {}", expert.username(), accept ? "accepted" : "declined", id);
    Consultation plain = service.changed(assigned.stored(), "ANSWERED");
    if (!accept) {
      // Declined: no longer among those told of changes, so this answer is their last word.
      notifier.users(List.of(expert.id()), plain, "ANSWERED");
    }
    return plain;
  }

  /** A coordinator of the site or above joins the call too (then joins it like anyone invited). */
  Consultation joinAsCoordinator(CurrentUser coordinator, long id) {
    ConsultRepository.Stored stored = access.forCoordinator(coordinator, id);
    ConsultAccess.requireLive(stored);
    if (!access.inCall(stored.callId(), coordinator.id())) {
      access.requireRoom(stored.callId(), 1);
      calls.invite(stored.callId(), coordinator.id(), "COORDINATOR", coordinator.id());
    }
    service.changed(stored, "COORDINATOR_JOINED");
    return views.forCoordinator(consultations.find(id).orElseThrow());
  }

  /**
   * The experts an expert of the consultation (invited or taking part) may suggest, ranked as the
   * coordinator's candidates are, without themselves and those already invited or in.
   */
  @Transactional(readOnly = true)
  List<SuggestableExpert> suggestable(CurrentUser expert, long id) {
    ConsultRepository.Stored stored = consultations.find(id).orElseThrow(() -> ConsultAccess.notFound(id));
    var invitations = consultations.invitations(id);
    if (invitations.stream().noneMatch(i -> i.expertId() == expert.id()
        && i.state() != Consultation.InvitationState.DECLINED)) {
      throw ConsultAccess.notFound(id);
    }
    ConsultAccess.requireLive(stored);
    Set<Long> engaged = engaged(invitations);
    return views.forCoordinator(stored).candidates().stream()
        .filter(c -> c.expertId() != expert.id() && !engaged.contains(c.expertId()))
        .map(SuggestableExpert::of).toList();
  }

  /** An expert who accepted asks the coordinator to bring in another expert; boards show it. */
  Consultation suggest(CurrentUser expert, long id, @Nullable Long expertId, @Nullable String reason) {
    ConsultAccess.Assigned assigned = access.forExpert(expert, id);
    if (expertId == null) {
      throw ApiException.invalidField("expertId", "required", "the expert to invite");
    }
    String why = ConsultAccess.required(reason, "reason", MAX_REASON);
    Expert other;
    try {
      other = experts.get(expertId);
    } catch (ApiException notAnExpert) {
      throw ApiException.invalidField("expertId", "not-found", "no expert " + expertId);
    }
    ConsultAccess.requireLive(assigned.stored());
    if (assigned.invitation().state() != Consultation.InvitationState.ACCEPTED) {
      throw new ApiException(ConsultProblem.NOT_ACCEPTED);
    }
    if (other.userId() == expert.id() || engaged(consultations.invitations(id)).contains(other.userId())) {
      throw new ApiException(ConsultProblem.ALREADY_ASSIGNED, other.displayName());
    }
    consultations.suggest(id, expert.id(), other.userId(), why, clock.instant());
    return service.changed(assigned.stored(), "SUGGESTED");
  }

  /** Experts invited or taking part; a declined one may be asked again. */
  private static Set<Long> engaged(List<ConsultRepository.StoredInvitation> invitations) {
    return invitations.stream().filter(i -> i.state() != Consultation.InvitationState.DECLINED)
        .map(ConsultRepository.StoredInvitation::expertId).collect(java.util.stream.Collectors.toSet());
  }
}
