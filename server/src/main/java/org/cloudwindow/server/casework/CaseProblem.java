package org.cloudwindow.server.casework;

import static org.springframework.http.HttpStatus.BAD_REQUEST;
import static org.springframework.http.HttpStatus.CONFLICT;
import static org.springframework.http.HttpStatus.NOT_FOUND;
import static org.springframework.http.HttpStatus.TOO_MANY_REQUESTS;
import static org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT;

import org.cloudwindow.server.web.ProblemType;

/** Why a case refused a change; each has a title and detail in both message bundles. */
final class CaseProblem {

  static final ProblemType INVALID_FIELD = ProblemType.of("case.invalid-field", UNPROCESSABLE_CONTENT);
  static final ProblemType UNKNOWN_FIELD = ProblemType.of("case.unknown-field", UNPROCESSABLE_CONTENT);
  static final ProblemType NOT_EDITABLE = ProblemType.of("case.not-editable", CONFLICT);
  static final ProblemType MATTER_PRESENT = ProblemType.of("case.matter-present", CONFLICT);
  static final ProblemType MATTER_NOT_COMBINABLE = ProblemType.of("case.matter-not-combinable", UNPROCESSABLE_CONTENT);
  static final ProblemType LAST_MATTER = ProblemType.of("case.last-matter", CONFLICT);
  static final ProblemType NOTE_TOO_LONG = ProblemType.of("case.note-too-long", BAD_REQUEST);
  static final ProblemType TRANSITION_NOT_ALLOWED = ProblemType.of("case.transition-not-allowed", CONFLICT);
  static final ProblemType MATERIALS_NOT_VERIFIED = ProblemType.of("case.materials-not-verified", UNPROCESSABLE_CONTENT);
  static final ProblemType NOTHING_TO_SUPPLEMENT = ProblemType.of("case.nothing-to-supplement", UNPROCESSABLE_CONTENT);
  static final ProblemType NOT_SIGNABLE = ProblemType.of("case.not-signable", CONFLICT);
  static final ProblemType NO_NOTICE = ProblemType.of("case.no-notice", NOT_FOUND);
  static final ProblemType TRACK_NOT_FOUND = ProblemType.of("track.not-found", NOT_FOUND);
  static final ProblemType TRACK_RATE_LIMITED = ProblemType.of("track.rate-limited", TOO_MANY_REQUESTS);

  static final ProblemType[] ALL = {INVALID_FIELD, UNKNOWN_FIELD, NOT_EDITABLE, MATTER_PRESENT, MATTER_NOT_COMBINABLE,
      LAST_MATTER, NOTE_TOO_LONG, TRANSITION_NOT_ALLOWED, MATERIALS_NOT_VERIFIED, NOTHING_TO_SUPPLEMENT, NOT_SIGNABLE,
      NO_NOTICE, TRACK_NOT_FOUND, TRACK_RATE_LIMITED};

  private CaseProblem() {}
}
