package org.cloudwindow.server.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cloudwindow.server.queue.Applicant;
import org.jspecify.annotations.Nullable;

/**
 * The shared case record as its participants see it (GET /api/cases/{id} and every answer that
 * changes a case; see notes/issue6-api.md). {@code matterCode} and {@code matterName} are the
 * first matter.
 *
 * @param fields the merged form schema of all matters
 * @param form every field of {@code fields} by name
 * @param reviewWindowId the district window reviewing a two-level case, once pre-reviewed
 * @param actions the transitions the user asking may take now
 */
public record CaseView(long id, long ticketId, String matterCode, String matterName, Applicant applicant,
    long workerId, long workerSiteId, long windowId, CaseState state, Instant createdAt, Instant updatedAt,
    @Nullable String caseNumber, List<CaseMatter> matters, List<CaseField> fields, Map<String, FieldValue> form,
    @Nullable Instant submittedAt, @Nullable LocalDate decisionDeadline, @Nullable Instant acceptedAt,
    @Nullable LocalDate promisedBy, @Nullable LocalDate supplementDeadline, @Nullable Instant concludedAt,
    @Nullable Supplement supplement, CaseSignatures.@Nullable Signature signature, @Nullable Delivery delivery,
    @Nullable Long reviewWindowId, List<String> actions) {}
