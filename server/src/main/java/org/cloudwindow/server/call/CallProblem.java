package org.cloudwindow.server.call;

import org.cloudwindow.server.web.ProblemType;
import org.springframework.http.HttpStatus;

/** Why a call refused a request. */
enum CallProblem implements ProblemType {
  ENDED("call.ended", HttpStatus.CONFLICT),
  SIGNAL_REFUSED("call.signal-refused", HttpStatus.BAD_REQUEST),
  TOO_FAST("call.too-fast", HttpStatus.TOO_MANY_REQUESTS);

  private final String code;
  private final HttpStatus status;

  CallProblem(String code, HttpStatus status) {
    this.code = code;
    this.status = status;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public HttpStatus status() {
    return status;
  }
}
