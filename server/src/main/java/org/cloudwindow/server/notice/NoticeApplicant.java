package org.cloudwindow.server.notice;

import java.util.Objects;

/** The applicant a notice is addressed to; the ID number is given in full and printed masked. */
public record NoticeApplicant(String name, String idNumber) {

  public NoticeApplicant {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(idNumber, "idNumber");
  }
}
