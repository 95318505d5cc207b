package org.cloudwindow.server.board;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A stored alert as boards show it (payload of {@code /topic/board/{siteId}} too).
 *
 * @param detail an English line for logs; clients word the alert from the figures
 * @param waiting tickets waiting at the window when a level alert was raised
 * @param waitedMinutes the longest wait (level alert) or the ticket's wait (wait-timeout alert)
 * @param caseId the case of a follow-up or decision-due alert; {@code windowId} is then the case's window
 * @param caseNumber the case's number when it has one
 * @param deadline the decision deadline of a decision-due alert
 * @param stars the rating that opened a follow-up
 * @param consultationId the consultation of a consultation-waiting alert ({@code waitedMinutes} its wait)
 */
public record Alert(long id, Kind kind, AlertLevel level, long windowId, String windowName, long siteId,
    @Nullable Long ticketId, @Nullable String ticketNumber, String detail, @Nullable Integer waiting,
    @Nullable Integer waitedMinutes, Instant raisedAt,
    @Nullable Instant acknowledgedAt, @Nullable Instant resolvedAt, @Nullable Long caseId,
    @Nullable String caseNumber, @Nullable LocalDate deadline, @Nullable Integer stars,
    @Nullable Long consultationId) {

  /**
   * WAIT_TIMEOUT and LEVEL come from the queue scan; FOLLOW_UP from a rating of 2 stars or fewer
   * (好差评 差评 follow-up), DECISION_DUE from casework's deadline scan, CONSULTATION_WAITING from a
   * consultation request no expert accepted in time.
   */
  public enum Kind { WAIT_TIMEOUT, LEVEL, FOLLOW_UP, DECISION_DUE, CONSULTATION_WAITING }
}
