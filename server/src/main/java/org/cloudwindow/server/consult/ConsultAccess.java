package org.cloudwindow.server.consult;

import java.util.List;
import org.cloudwindow.server.call.CallService;
import org.cloudwindow.server.call.CallState;
import org.cloudwindow.server.call.CallView;
import org.cloudwindow.server.identity.CurrentUser;
import org.cloudwindow.server.identity.Role;
import org.cloudwindow.server.site.SiteService;
import org.cloudwindow.server.web.ApiException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may do what to a consultation. Those who may not see it at all get not-found (like calls,
 * a consultation's existence is not told to strangers): a coordinator of another area, an expert
 * never assigned.
 */
@Component
class ConsultAccess {

  private final ConsultRepository consultations;
  private final CallService calls;
  private final SiteService sites;
  private final ConsultProperties properties;

  ConsultAccess(ConsultRepository consultations, CallService calls, SiteService sites, ConsultProperties properties) {
    this.consultations = consultations;
    this.calls = calls;
    this.sites = sites;
    this.properties = properties;
  }

  /** The consultation, locked, for a coordinator (or admin) of its site or above it. */
  ConsultRepository.Stored forCoordinator(CurrentUser user, long id) {
    ConsultRepository.Stored stored = consultations.lock(id).orElseThrow(() -> notFound(id));
    if (!isCoordinator(user) || !sites.mayActOn(user, stored.siteId())) {
      throw notFound(id);
    }
    return stored;
  }

  /** The consultation, locked, for an expert assigned to it; {@code invitation} is theirs. */
  Assigned forExpert(CurrentUser user, long id) {
    ConsultRepository.Stored stored = consultations.lock(id).orElseThrow(() -> notFound(id));
    var invitation = consultations.invitations(id).stream().filter(i -> i.expertId() == user.id()).findFirst()
        .orElseThrow(() -> notFound(id));
    return new Assigned(stored, invitation);
  }

  /** The consultation, locked, for the clerk of its call. */
  ConsultRepository.Stored forClerk(CurrentUser user, long id) {
    ConsultRepository.Stored stored = consultations.lock(id).orElseThrow(() -> notFound(id));
    if (!isCallClerk(user, stored.callId())) {
      throw notFound(id);
    }
    return stored;
  }

  /** Whether the user is a participant of the call with the role CLERK, and a clerk at all. */
  boolean isCallClerk(CurrentUser user, String callId) {
    return user.has(Role.CLERK) && calls.find(callId).map(CallView::participants).orElse(List.of()).stream()
        .anyMatch(m -> m.userId() == user.id() && "CLERK".equals(m.role()));
  }

  static boolean isCoordinator(CurrentUser user) {
    return user.has(Role.COORDINATOR) || user.has(Role.ADMIN);
  }

  static void requireLive(ConsultRepository.Stored stored) {
    if (!stored.state().live()) {
      throw new ApiException(ConsultProblem.CLOSED, stored.state().name());
    }
  }

  /** Refuses when adding {@code more} people would take the call past the mesh's limit. */
  void requireRoom(String callId, long more) {
    CallView call = calls.find(callId).orElseThrow(() -> ApiException.notFound("call"));
    if (call.state() == CallState.ENDED) {
      throw new ApiException(ConsultProblem.CALL_ENDED);
    }
    if (call.participants().size() + more > properties.maxParticipants()) {
      throw new ApiException(ConsultProblem.CALL_FULL, properties.maxParticipants());
    }
  }

  boolean inCall(String callId, long userId) {
    return calls.find(callId).map(CallView::participants).orElse(List.of()).stream()
        .anyMatch(m -> m.userId() == userId);
  }

  static ApiException notFound(long id) {
    return ApiException.notFound("consultation " + id);
  }

  static String required(@Nullable String text, String field, int max) {
    String kept = text == null ? "" : text.strip();
    if (kept.isEmpty()) {
      throw ApiException.invalidField(field, "required", "required");
    }
    if (kept.length() > max) {
      throw ApiException.invalidField(field, "too-long", "at most " + max + " characters");
    }
    return kept;
  }

  record Assigned(ConsultRepository.Stored stored, ConsultRepository.StoredInvitation invitation) {}
}
