package org.cloudwindow.server.notice;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the supplement notice (补正告知书) says: everything the applicant must supply or redo, all at
 * once as art. 32 of the Administrative License Law requires, with the reason for each and the
 * deadline.
 *
 * @param reference what identifies the case on paper: its case number when it has one, otherwise
 *     the number the clerk's desk shows for it (a case gets its number only on acceptance)
 * @param note what the clerk asked for in their own words, besides or instead of the listed
 *     items (something the checklist does not name); printed after them
 */
public record SupplementNotice(String reference, NoticeApplicant applicant, List<NoticeMatter> matters,
    List<Item> items, Issuer issuer, LocalDate submittedOn, LocalDate issuedOn, LocalDate deadline,
    @Nullable String note) {

  /** A notice of the listed items only, without the clerk's own words. */
  public SupplementNotice(String reference, NoticeApplicant applicant, List<NoticeMatter> matters, List<Item> items,
      Issuer issuer, LocalDate submittedOn, LocalDate issuedOn, LocalDate deadline) {
    this(reference, applicant, matters, items, issuer, submittedOn, issuedOn, deadline, null);
  }

  public SupplementNotice {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(applicant, "applicant");
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(submittedOn, "submittedOn");
    Objects.requireNonNull(issuedOn, "issuedOn");
    Objects.requireNonNull(deadline, "deadline");
    matters = NoticeMatter.required(matters);
    items = List.copyOf(items);
    note = note == null || note.isBlank() ? null : note.strip();
    if (items.isEmpty() && note == null) {
      throw new IllegalArgumentException("a supplement notice lists at least one item or says what to supply");
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
