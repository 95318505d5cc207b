package org.cloudwindow.server.web;

import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * A kind of error with a stable code (what clients translate) and HTTP status. {@link ProblemCode}
 * has the general ones; a feature adds its own as an enum implementing this, with
 * {@code problem.<code>.title} and {@code .detail} in both message bundles.
 */
public interface ProblemType {

  String TYPE_BASE = "https://cloudwindow.org/problems/";

  /** A feature's problem kind; features keep theirs as constants next to their code. */
  static ProblemType of(String code, HttpStatus status) {
    return new Kind(code, status);
  }

  String code();

  HttpStatus status();

  default URI type() {
    return URI.create(TYPE_BASE + code());
  }

  /** The plain implementation behind {@link #of}. */
  record Kind(String code, HttpStatus status) implements ProblemType {}
}
