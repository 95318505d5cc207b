package org.cloudwindow.server.consult;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A consultation as the API and the board messages show it. No personal data of the applicant:
 * those who may read the case open it by {@code caseId}.
 *
 * @param siteId the requesting clerk's site; its coordinators and those above it see the request
 * @param tags what the request is about; candidates are ranked by them
 * @param candidates experts a coordinator may assign, best first (empty for everyone else)
 * @param suggestions experts that an expert in the consultation asked the coordinator to add
 */
public record Consultation(long id, String callId, long caseId, long windowId, long siteId, String siteName,
    long clerkId, String clerkName, String topic, List<String> tags, ConsultationState state, Instant requestedAt,
    @Nullable Instant answeredAt, @Nullable Instant concludedAt, @Nullable String conclusion,
    List<Invitation> experts, List<Note> notes, List<Suggestion> suggestions, List<Candidate> candidates) {

  /** An expert assigned to the consultation and their answer; a declined one gives a reason. */
  public record Invitation(long expertId, String displayName, InvitationState state, @Nullable String reason,
      Instant invitedAt, @Nullable Instant answeredAt) {}

  public enum InvitationState { INVITED, ACCEPTED, DECLINED }

  public record Note(long authorId, String authorName, String text, Instant at) {}

  public record Suggestion(long byId, String byName, long expertId, String expertName, String reason, Instant at) {}

  /**
   * An expert the coordinator could assign.
   *
   * @param matchedTags the request's tags this expert has; more come first
   * @param consultationsToday consultations the expert was assigned today and did not decline
   */
  public record Candidate(long expertId, String displayName, String siteName, List<String> tags,
      List<String> matchedTags, Availability availability, int consultationsToday) {}
}
