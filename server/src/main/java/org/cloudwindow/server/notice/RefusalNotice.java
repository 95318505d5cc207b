package org.cloudwindow.server.notice;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the refusal notice (不予受理通知书) says: the reasons the application is not accepted, and
 * the applicant's right to administrative review or a lawsuit.
 *
 * @param reference what identifies the case on paper (see {@link SupplementNotice#reference()})
 * @param reasons one or more, each printed as its own numbered paragraph
 */
public record RefusalNotice(String reference, NoticeApplicant applicant, List<NoticeMatter> matters,
    List<String> reasons, Issuer issuer, LocalDate submittedOn, LocalDate issuedOn) {

  public RefusalNotice {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(applicant, "applicant");
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(submittedOn, "submittedOn");
    Objects.requireNonNull(issuedOn, "issuedOn");
    matters = NoticeMatter.required(matters);
    reasons = List.copyOf(reasons);
    if (reasons.isEmpty() || reasons.stream().allMatch(String::isBlank)) {
      throw new IllegalArgumentException("a refusal notice gives its reasons");
    }
  }
}
