package org.cloudwindow.server.casework;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.cloudwindow.server.queue.Applicant;

/**
 * The shared case record as its participants see it (GET /api/cases/{id} and every answer that
 * changes a case; see notes/issue6-api.md). {@code matterCode} and {@code matterName} are the
 * first matter.
 *
 * @param fields the merged form schema of all matters
 * @param form every field of {@code fields} by name
 */
public record CaseView(long id, long ticketId, String matterCode, String matterName, Applicant applicant,
    long workerId, long workerSiteId, long windowId, CaseState state, Instant createdAt, Instant updatedAt,
    List<CaseMatter> matters, List<CaseField> fields, Map<String, FieldValue> form) {}
