package org.cloudwindow.server.notice;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the acceptance notice (受理通知书) says: handed to the applicant when the clerk accepts.
 *
 * @param caseNumber the case number assigned on acceptance; also what the QR code tracks
 * @param materials every material received, with its page count
 * @param promisedBy the promised completion date (from the matters' promised working days)
 * @param signaturePng the applicant's signature as a PNG, or null when the case has none
 */
public record AcceptanceNotice(String caseNumber, NoticeApplicant applicant, List<NoticeMatter> matters,
    List<Material> materials, Issuer issuer, LocalDate submittedOn, LocalDate acceptedOn, LocalDate promisedBy,
    byte @Nullable [] signaturePng) {

  public AcceptanceNotice {
    Objects.requireNonNull(caseNumber, "caseNumber");
    Objects.requireNonNull(applicant, "applicant");
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(submittedOn, "submittedOn");
    Objects.requireNonNull(acceptedOn, "acceptedOn");
    Objects.requireNonNull(promisedBy, "promisedBy");
    matters = NoticeMatter.required(matters);
    materials = List.copyOf(materials);
    if (promisedBy.isBefore(acceptedOn)) {
      throw new IllegalArgumentException("promised completion " + promisedBy + " before acceptance " + acceptedOn);
    }
    signaturePng = signaturePng == null ? null : signaturePng.clone();
  }

  /** A material received: its name (the required-material slot) and how many pages came. */
  public record Material(String name, int pages) {

    public Material {
      Objects.requireNonNull(name, "name");
      if (pages < 0) {
        throw new IllegalArgumentException("pages " + pages);
      }
    }
  }
}
