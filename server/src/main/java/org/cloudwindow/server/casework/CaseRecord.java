package org.cloudwindow.server.casework;

import java.time.Instant;
import java.util.List;
import org.cloudwindow.server.queue.Applicant;

/**
 * A case as features other than casework know it (materials read its matters).
 *
 * @param matterCode the first matter; {@code matterCodes} has all of them (一事联办), in the order added
 */
public record CaseRecord(long id, long ticketId, String matterCode, String matterName, Applicant applicant,
    long workerId, long workerSiteId, long windowId, CaseState state, Instant createdAt, List<String> matterCodes,
    Instant updatedAt) {

  public CaseRecord {
    matterCodes = List.copyOf(matterCodes);
  }
}
