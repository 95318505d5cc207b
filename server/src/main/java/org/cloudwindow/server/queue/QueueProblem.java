package org.cloudwindow.server.queue;

import org.cloudwindow.server.web.ProblemType;
import org.springframework.http.HttpStatus;

/** Why the queue refused a request; each has a title and detail in both message bundles. */
enum QueueProblem implements ProblemType {
  NOT_REMOTE("queue.not-remote", HttpStatus.UNPROCESSABLE_CONTENT),
  NO_WINDOW("queue.no-window", HttpStatus.UNPROCESSABLE_CONTENT),
  WINDOW_CLOSED("queue.window-closed", HttpStatus.CONFLICT),
  DUPLICATE_TICKET("queue.duplicate-ticket", HttpStatus.CONFLICT),
  NOT_ON_DUTY("queue.not-on-duty", HttpStatus.CONFLICT),
  NOT_ENTITLED("queue.not-entitled", HttpStatus.FORBIDDEN),
  CLERK_BUSY("queue.clerk-busy", HttpStatus.CONFLICT),
  QUEUE_EMPTY("queue.empty", HttpStatus.CONFLICT),
  WRONG_STATE("queue.wrong-state", HttpStatus.CONFLICT),
  WRONG_DEPARTMENT("queue.wrong-department", HttpStatus.UNPROCESSABLE_CONTENT);

  private final String code;
  private final HttpStatus status;

  QueueProblem(String code, HttpStatus status) {
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
