package org.cloudwindow.server.casework;

import java.time.Instant;
import org.cloudwindow.server.queue.Applicant;

/** A case as the API shows it. */
public record CaseRecord(long id, long ticketId, String matterCode, String matterName, Applicant applicant,
    long workerId, long workerSiteId, long windowId, CaseState state, Instant createdAt) {}
