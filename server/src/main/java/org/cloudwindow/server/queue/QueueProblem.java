package org.cloudwindow.server.queue;

import static org.springframework.http.HttpStatus.CONFLICT;
import static org.springframework.http.HttpStatus.FORBIDDEN;
import static org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT;

import java.util.List;
import org.cloudwindow.server.web.ProblemType;

/** Why the queue refused a request; each has a title and detail in both message bundles. */
final class QueueProblem {

  static final ProblemType NOT_REMOTE = ProblemType.of("queue.not-remote", UNPROCESSABLE_CONTENT);
  static final ProblemType NO_WINDOW = ProblemType.of("queue.no-window", UNPROCESSABLE_CONTENT);
  static final ProblemType WINDOW_CLOSED = ProblemType.of("queue.window-closed", CONFLICT);
  static final ProblemType DUPLICATE_TICKET = ProblemType.of("queue.duplicate-ticket", CONFLICT);
  static final ProblemType NOT_ON_DUTY = ProblemType.of("queue.not-on-duty", CONFLICT);
  static final ProblemType NOT_ENTITLED = ProblemType.of("queue.not-entitled", FORBIDDEN);
  static final ProblemType CLERK_BUSY = ProblemType.of("queue.clerk-busy", CONFLICT);
  static final ProblemType QUEUE_EMPTY = ProblemType.of("queue.empty", CONFLICT);
  static final ProblemType WRONG_STATE = ProblemType.of("queue.wrong-state", CONFLICT);
  static final ProblemType WRONG_DEPARTMENT = ProblemType.of("queue.wrong-department", UNPROCESSABLE_CONTENT);

  private QueueProblem() {}

  static List<ProblemType> values() {
    return List.of(NOT_REMOTE, NO_WINDOW, WINDOW_CLOSED, DUPLICATE_TICKET, NOT_ON_DUTY, NOT_ENTITLED, CLERK_BUSY,
        QUEUE_EMPTY, WRONG_STATE, WRONG_DEPARTMENT);
  }
}
