package org.cloudwindow.server.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cloudwindow.server.queue.Applicant;
import org.jspecify.annotations.Nullable;

/**
 * A case as features other than casework know it (materials read its matters, notices its dates).
 *
 * @param matterCode the first matter; {@code matterCodes} has all of them (一事联办), in the order added
 * @param caseNumber assigned on acceptance
 * @param reviewWindowId the district window reviewing a two-level case, from its preliminary review on
 * @param decisionDeadline art. 32: by when the clerk decides on a submitted case
 * @param promisedBy the promised completion date, from acceptance in working days
 */
public record CaseRecord(long id, long ticketId, String matterCode, String matterName, Applicant applicant,
    long workerId, long workerSiteId, long windowId, CaseState state, Instant createdAt, List<String> matterCodes,
    Instant updatedAt, @Nullable String caseNumber, @Nullable Long reviewWindowId, @Nullable Instant submittedAt,
    @Nullable LocalDate decisionDeadline, @Nullable Instant acceptedAt, @Nullable LocalDate promisedBy,
    @Nullable LocalDate supplementDeadline, @Nullable Instant concludedAt, @Nullable Delivery delivery) {

  public CaseRecord {
    matterCodes = List.copyOf(matterCodes);
  }
}
