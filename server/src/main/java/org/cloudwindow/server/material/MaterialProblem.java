package org.cloudwindow.server.material;

import static org.springframework.http.HttpStatus.BAD_REQUEST;
import static org.springframework.http.HttpStatus.CONFLICT;
import static org.springframework.http.HttpStatus.CONTENT_TOO_LARGE;
import static org.springframework.http.HttpStatus.PRECONDITION_FAILED;
import static org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT;
import static org.springframework.http.HttpStatus.UNSUPPORTED_MEDIA_TYPE;

import org.cloudwindow.server.web.ProblemType;

/** Why a material was refused; each has a title and detail in both message bundles. */
final class MaterialProblem {

  static final ProblemType TUS_VERSION = ProblemType.of("material.tus-version", PRECONDITION_FAILED);
  static final ProblemType BAD_UPLOAD = ProblemType.of("material.bad-upload", BAD_REQUEST);
  static final ProblemType OFFSET_MISMATCH = ProblemType.of("material.offset-mismatch", CONFLICT);
  static final ProblemType PATCH_TYPE = ProblemType.of("material.patch-type", UNSUPPORTED_MEDIA_TYPE);
  static final ProblemType UNKNOWN_SLOT = ProblemType.of("material.unknown-slot", BAD_REQUEST);
  static final ProblemType BAD_NAME = ProblemType.of("material.bad-name", BAD_REQUEST);
  static final ProblemType TOO_LARGE = ProblemType.of("material.too-large", CONTENT_TOO_LARGE);
  static final ProblemType EMPTY = ProblemType.of("material.empty", BAD_REQUEST);
  static final ProblemType TYPE_NOT_ALLOWED = ProblemType.of("material.type-not-allowed", UNSUPPORTED_MEDIA_TYPE);
  static final ProblemType TYPE_MISMATCH = ProblemType.of("material.type-mismatch", UNSUPPORTED_MEDIA_TYPE);
  static final ProblemType HEIC_UNSUPPORTED = ProblemType.of("material.heic-unsupported", UNSUPPORTED_MEDIA_TYPE);
  static final ProblemType DAMAGED = ProblemType.of("material.damaged", UNPROCESSABLE_CONTENT);
  static final ProblemType IMAGE_TOO_LARGE = ProblemType.of("material.image-too-large", UNPROCESSABLE_CONTENT);
  static final ProblemType PDF_ACTIVE = ProblemType.of("material.pdf-active-content", UNPROCESSABLE_CONTENT);
  static final ProblemType PDF_ENCRYPTED = ProblemType.of("material.pdf-encrypted", UNPROCESSABLE_CONTENT);
  static final ProblemType LOCKED = ProblemType.of("material.locked", CONFLICT);
  static final ProblemType NOT_PENDING = ProblemType.of("material.not-pending", CONFLICT);
  static final ProblemType BAD_ORDER = ProblemType.of("material.bad-order", BAD_REQUEST);
  // The signature belongs to the case record on the wire (notes/issue6-api.md), hence "case.".
  static final ProblemType SIGNATURE_NOT_PNG = ProblemType.of("case.signature-not-png", UNPROCESSABLE_CONTENT);
  static final ProblemType SIGNATURE_TOO_LARGE = ProblemType.of("case.signature-too-large", CONTENT_TOO_LARGE);

  private MaterialProblem() {}
}
