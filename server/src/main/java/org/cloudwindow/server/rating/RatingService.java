package org.cloudwindow.server.rating;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cloudwindow.server.call.CallService;
import org.cloudwindow.server.call.CallState;
import org.cloudwindow.server.casework.CaseRecord;
import org.cloudwindow.server.casework.CaseService;
import org.cloudwindow.server.casework.CaseState;
import org.cloudwindow.server.identity.CurrentUser;
import org.cloudwindow.server.queue.QueueService;
import org.cloudwindow.server.queue.Ticket;
import org.cloudwindow.server.web.ApiException;
import org.cloudwindow.server.web.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ratings (好差评). The applicant has no account, so the case's worker submits the rating from the
 * tablet for them, once per case, after the case left DRAFT or its call ended (the tablet offers
 * it at the end of the call). A rating is kept with who entered it and when, noted on the case's
 * timeline, and published as {@link CaseRated}.
 */
@Service
@Transactional
public class RatingService {

  static final int MAX_COMMENT = 500;
  private static final Logger log = LoggerFactory.getLogger(RatingService.class);

  private final RatingRepository ratings;
  private final CaseService cases;
  private final QueueService queue;
  private final CallService calls;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  RatingService(RatingRepository ratings, CaseService cases, QueueService queue, CallService calls,
      ApplicationEventPublisher events, Clock clock) {
    this.ratings = ratings;
    this.cases = cases;
    this.queue = queue;
    this.calls = calls;
    this.events = events;
    this.clock = clock;
  }

  /**
   * The case's worker rates the case for the applicant. Refused with 422 {@code rating.invalid}
   * for stars outside 1..5 or a comment over 500 characters, 409 {@code rating.not-yet} while the
   * case is a draft in an unfinished call, and 409 {@code rating.already-rated} the second time.
   */
  public Rating rate(CurrentUser worker, long caseId, @Nullable Integer stars, @Nullable String comment) {
    CaseRecord found = cases.get(worker, caseId);
    if (found.workerId() != worker.id()) {
      throw ApiException.forbidden();
    }
    String kept = comment == null || comment.isBlank() ? null : comment.strip();
    validate(stars, kept);
    if (ratings.find(caseId).isPresent()) {
      throw new ApiException(RatingProblem.ALREADY_RATED);
    }
    if (found.state() == CaseState.DRAFT && !callEnded(worker, found)) {
      throw new ApiException(RatingProblem.NOT_YET);
    }
    Instant now = clock.instant();
    if (!ratings.insert(caseId, stars, kept, worker.id(), found.workerSiteId(), now)) {
      throw new ApiException(RatingProblem.ALREADY_RATED);
    }
    cases.note(caseId, worker.id(), "RATED", stars + (stars == 1 ? " star" : " stars"));
    events.publishEvent(new CaseRated(caseId, found.workerSiteId(), stars, kept));
    log.info("Case {} rated {} stars by its worker {}", caseId, stars, worker.id());
    return new Rating(stars, kept, now);
  }

  /** The case's rating, for whoever may open the case. */
  @Transactional(readOnly = true)
  public Rating get(CurrentUser user, long caseId) {
    cases.get(user, caseId);
    return ratings.find(caseId).orElseThrow(() -> ApiException.notFound("rating of case " + caseId));
  }

  private boolean callEnded(CurrentUser worker, CaseRecord found) {
    Ticket ticket = queue.get(worker, found.ticketId());
    return ticket.callId() != null && calls.get(worker, ticket.callId()).state() == CallState.ENDED;
  }

  private static void validate(@Nullable Integer stars, @Nullable String comment) {
    List<FieldProblem> problems = new ArrayList<>();
    if (stars == null || stars < 1 || stars > 5) {
      problems.add(new FieldProblem("stars", "rating-stars", "Choose 1 to 5 stars."));
    }
    if (comment != null && comment.codePointCount(0, comment.length()) > MAX_COMMENT) {
      problems.add(new FieldProblem("comment", "rating-comment-length", "At most 500 characters."));
    }
    if (!problems.isEmpty()) {
      throw new ApiException(RatingProblem.INVALID, problems);
    }
  }
}
