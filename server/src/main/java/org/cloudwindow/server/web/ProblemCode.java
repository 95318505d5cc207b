package org.cloudwindow.server.web;

import org.springframework.http.HttpStatus;

/**
 * Every kind of error the API returns. The {@code code} is what clients translate; the
 * {@code type} URI is stable and never reused for another meaning.
 */
public enum ProblemCode implements ProblemType {
  VALIDATION("validation", HttpStatus.BAD_REQUEST),
  MALFORMED("malformed", HttpStatus.BAD_REQUEST),
  UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
  NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE),
  METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED),
  NOT_FOUND("not-found", HttpStatus.NOT_FOUND),
  CONFLICT("conflict", HttpStatus.CONFLICT),
  UNAUTHENTICATED("unauthenticated", HttpStatus.UNAUTHORIZED),
  FORBIDDEN("forbidden", HttpStatus.FORBIDDEN),
  CSRF("csrf", HttpStatus.FORBIDDEN),
  BAD_CREDENTIALS("auth.bad-credentials", HttpStatus.UNAUTHORIZED),
  LOCKED("auth.locked", HttpStatus.TOO_MANY_REQUESTS),
  INTERNAL("internal", HttpStatus.INTERNAL_SERVER_ERROR);

  private final String code;
  private final HttpStatus status;

  ProblemCode(String code, HttpStatus status) {
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
