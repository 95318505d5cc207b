package org.cloudwindow.server.casework;

/** The case lifecycle of DESIGN.md §3; transitions beyond DRAFT come with the case issue. */
public enum CaseState {
  DRAFT,
  SUBMITTED,
  SUPPLEMENT_REQUESTED,
  NOT_ACCEPTED,
  ACCEPTED,
  PRELIM_REVIEWED,
  APPROVED,
  DENIED,
  CONCLUDED
}
