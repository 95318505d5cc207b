package org.cloudwindow.server.rating;

import static org.springframework.http.HttpStatus.CONFLICT;
import static org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT;

import org.cloudwindow.server.web.ProblemType;

/** Why a rating was refused; each has a title and detail in both message bundles. */
final class RatingProblem {

  static final ProblemType ALREADY_RATED = ProblemType.of("rating.already-rated", CONFLICT);
  static final ProblemType NOT_YET = ProblemType.of("rating.not-yet", CONFLICT);
  static final ProblemType INVALID = ProblemType.of("rating.invalid", UNPROCESSABLE_CONTENT);

  private RatingProblem() {}
}
