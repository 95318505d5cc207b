package org.cloudwindow.server.consult;

import static org.springframework.http.HttpStatus.CONFLICT;

import org.cloudwindow.server.web.ProblemType;

/** Why a consultation refused a request; each has a title and detail in both message bundles. */
final class ConsultProblem {

  static final ProblemType CALL_ENDED = ProblemType.of("consult.call-ended", CONFLICT);
  static final ProblemType ALREADY_OPEN = ProblemType.of("consult.already-open", CONFLICT);
  static final ProblemType CLOSED = ProblemType.of("consult.closed", CONFLICT);
  static final ProblemType ALREADY_ANSWERED = ProblemType.of("consult.already-answered", CONFLICT);
  static final ProblemType NOT_ACCEPTED = ProblemType.of("consult.not-accepted", CONFLICT);
  static final ProblemType EXPERT_OFFLINE = ProblemType.of("consult.expert-offline", CONFLICT);
  static final ProblemType CALL_FULL = ProblemType.of("consult.call-full", CONFLICT);
  static final ProblemType ALREADY_ASSIGNED = ProblemType.of("consult.already-assigned", CONFLICT);
  static final ProblemType NOTES_FULL = ProblemType.of("consult.notes-full", CONFLICT);

  private ConsultProblem() {}
}
