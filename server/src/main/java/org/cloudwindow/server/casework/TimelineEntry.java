package org.cloudwindow.server.casework;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An event of a case's timeline as GET /api/cases/{id}/timeline shows it.
 *
 * @param kind CREATED, FORM_CHANGED, MATTER_ADDED, MATTER_REMOVED, MATERIAL_*, SIGNED, or the
 *     transition (SUBMIT, ACCEPT, NOT_ACCEPT, REQUEST_SUPPLEMENT, PRELIM_REVIEW, APPROVE, DENY, CONCLUDE)
 * @param fromState set for transitions only
 * @param detail structured details, e.g. the supplement list of REQUEST_SUPPLEMENT
 */
public record TimelineEntry(long id, Instant at, @Nullable Actor actor, String kind, @Nullable CaseState fromState,
    CaseState toState, @Nullable String reason, List<FieldChange> changes, @Nullable Object detail) {

  public record Actor(long id, String displayName, String role) {}
}
