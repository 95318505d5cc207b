package org.cloudwindow.server.call;

import static org.springframework.http.HttpStatus.BAD_REQUEST;
import static org.springframework.http.HttpStatus.CONFLICT;
import static org.springframework.http.HttpStatus.TOO_MANY_REQUESTS;

import org.cloudwindow.server.web.ProblemType;

/** Why a call refused a request; each has a title and detail in both message bundles. */
final class CallProblem {

  static final ProblemType ENDED = ProblemType.of("call.ended", CONFLICT);
  static final ProblemType SIGNAL_REFUSED = ProblemType.of("call.signal-refused", BAD_REQUEST);
  static final ProblemType TOO_FAST = ProblemType.of("call.too-fast", TOO_MANY_REQUESTS);

  private CallProblem() {}
}
