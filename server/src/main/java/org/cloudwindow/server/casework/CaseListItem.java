package org.cloudwindow.server.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A case in a list: no form, the applicant's ID number masked. */
public record CaseListItem(long id, @Nullable String caseNumber, CaseState state, List<Matter> matters,
    String applicantName, @Nullable String applicantIdNumber, long workerSiteId, long windowId,
    @Nullable Long reviewWindowId, @Nullable LocalDate decisionDeadline, Instant createdAt, Instant updatedAt) {

  public record Matter(String code, String name) {}
}
