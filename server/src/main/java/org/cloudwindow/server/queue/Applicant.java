package org.cloudwindow.server.queue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cloudwindow.server.web.PersonalData;

/** The resident a ticket is taken for; no account, identified by the ID number. */
public record Applicant(
    @NotBlank @Size(max = 50) String name,
    @NotBlank @Pattern(regexp = "^\\d{17}[\\dXx]$") String idNumber,
    @NotBlank @Pattern(regexp = "^1\\d{10}$") String phone) {

  /** For queues, boards and broadcasts: 张** and masked numbers. */
  public Applicant masked() {
    String maskedName = name.isEmpty() ? name : name.substring(0, 1) + "*".repeat(Math.max(1, name.length() - 1));
    return new Applicant(maskedName, PersonalData.maskIdNumber(idNumber), PersonalData.maskPhone(phone));
  }
}
