package org.cloudwindow.server.casework;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A case took a step of its lifecycle (DESIGN.md §3); published in the changing transaction, so
 * listeners that act after commit (notices, boards) see the stored case.
 *
 * @param action the wire name: submit, accept, not-accept, request-supplement, prelim-review,
 *     approve, deny, conclude
 */
public record CaseTransitioned(long caseId, String action, CaseState from, CaseState to, long actorId,
    @Nullable String reason, Instant at) {}
