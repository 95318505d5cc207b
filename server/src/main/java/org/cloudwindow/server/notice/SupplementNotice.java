package org.cloudwindow.server.notice;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the supplement notice (补正告知书) says: everything the applicant must supply or redo, all at
 * once as art. 32 of the Administrative License Law requires, with the reason for each and the
 * deadline.
 *
 * @param reference what identifies the case on paper: its case number when it has one, otherwise
 *     the number the clerk's desk shows for it (a case gets its number only on acceptance)
 */
public record SupplementNotice(String reference, NoticeApplicant applicant, List<NoticeMatter> matters,
    List<Item> items, Issuer issuer, LocalDate submittedOn, LocalDate issuedOn, LocalDate deadline) {

  public SupplementNotice {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(applicant, "applicant");
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(submittedOn, "submittedOn");
    Objects.requireNonNull(issuedOn, "issuedOn");
    Objects.requireNonNull(deadline, "deadline");
    matters = NoticeMatter.required(matters);
    items = List.copyOf(items);
    if (items.isEmpty()) {
      throw new IllegalArgumentException("a supplement notice lists at least one item");
    }
    if (deadline.isBefore(issuedOn)) {
      throw new IllegalArgumentException("deadline " + deadline + " before the notice " + issuedOn);
    }
  }

  /** One thing to supply or redo: a material, or a form field to correct, and why. */
  public record Item(Kind kind, String name, String reason) {

    public Item {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(reason, "reason");
    }
  }

  public enum Kind { MATERIAL, FIELD }
}
