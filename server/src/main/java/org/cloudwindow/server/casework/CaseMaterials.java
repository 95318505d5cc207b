package org.cloudwindow.server.casework;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What casework needs to know of a case's materials, provided by the materials feature (which
 * depends on casework, so casework asks through this port instead of importing it).
 */
public interface CaseMaterials {

  /** Mandatory materials of the case's matters that are not verified, in checklist order. */
  List<Gap> unverified(long caseId);

  /**
   * One line per page of the case's current materials ({@code slot:version:sha256}), in checklist
   * order, without the signature: what a signature signs besides the form.
   */
  List<String> fingerprints(long caseId);

  /**
   * The materials the clerk verified, in checklist order, with how many sheets each came to (a
   * PDF counts its pages, a photo one): what the acceptance notice lists as received.
   */
  List<Received> received(long caseId);

  /**
   * The PNG of a signature material of the case as the applicant drew it, or empty when the
   * case has no such signature or its file is gone.
   */
  Optional<byte[]> signaturePng(long caseId, long materialId);

  /** A verified material of the case, for the acceptance notice. */
  record Received(String code, String name, int pages) {}

  /** A mandatory material not verified: missing, uploaded but not checked, or rejected (with why). */
  record Gap(String code, String name, Status status, @Nullable String reason) {

    public enum Status {
      MISSING,
      UPLOADED,
      REJECTED
    }
  }
}
