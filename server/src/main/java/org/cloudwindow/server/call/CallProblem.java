package org.cloudwindow.server.call;

import static org.springframework.http.HttpStatus.BAD_REQUEST;
import static org.springframework.http.HttpStatus.CONFLICT;
import static org.springframework.http.HttpStatus.CONTENT_TOO_LARGE;
import static org.springframework.http.HttpStatus.TOO_MANY_REQUESTS;
import static org.springframework.http.HttpStatus.UNSUPPORTED_MEDIA_TYPE;

import org.cloudwindow.server.web.ProblemType;

/** Why a call refused a request; each has a title and detail in both message bundles. */
final class CallProblem {

  static final ProblemType ENDED = ProblemType.of("call.ended", CONFLICT);
  static final ProblemType SIGNAL_REFUSED = ProblemType.of("call.signal-refused", BAD_REQUEST);
  static final ProblemType SIGNAL_TOO_LARGE = ProblemType.of("call.signal-too-large", CONTENT_TOO_LARGE);
  static final ProblemType TOO_FAST = ProblemType.of("call.too-fast", TOO_MANY_REQUESTS);
  static final ProblemType RECORDING_RUNNING = ProblemType.of("call.recording-running", CONFLICT);
  static final ProblemType RECORDING_STOPPED = ProblemType.of("call.recording-stopped", CONFLICT);
  static final ProblemType RECORDING_NOT_READY = ProblemType.of("call.recording-not-ready", CONFLICT);
  static final ProblemType CHUNK_GAP = ProblemType.of("call.chunk-gap", CONFLICT);
  static final ProblemType TOO_LARGE = ProblemType.of("call.too-large", CONTENT_TOO_LARGE);
  static final ProblemType NOT_AN_IMAGE = ProblemType.of("call.not-an-image", UNSUPPORTED_MEDIA_TYPE);

  private CallProblem() {}
}
