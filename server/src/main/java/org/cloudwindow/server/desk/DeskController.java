package org.cloudwindow.server.desk;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.cloudwindow.server.call.CallService;
import org.cloudwindow.server.call.CallView;
import org.cloudwindow.server.casework.CaseService;
import org.cloudwindow.server.casework.CaseView;
import org.cloudwindow.server.casework.CaseViews;
import org.cloudwindow.server.identity.CurrentUser;
import org.cloudwindow.server.queue.Ticket;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Calling a ticket answers with the ticket, its call and its draft case (CONTRACT.md). A desk that
 * sends its page's join {@code session} is in the call's room with the answer, which then carries
 * the call as the join would: the worker's tablet finds the clerk there when it joins and
 * negotiates at once, a round trip (and a render of the desk) sooner than a separate join.
 */
@RestController
class DeskController {

  private static final Logger log = LoggerFactory.getLogger(DeskController.class);

  private final CaseService cases;
  private final CaseViews views;
  private final CallService calls;

  DeskController(CaseService cases, CaseViews views, CallService calls) {
    this.cases = cases;
    this.views = views;
    this.calls = calls;
  }

  @PostMapping("/api/windows/{id}/call-next")
  CallAnswer callNext(@AuthenticationPrincipal CurrentUser clerk, @PathVariable long id,
      @RequestBody(required = false) @Nullable Calling calling) {
    return answer(clerk, cases.callNext(clerk, id), calling);
  }

  @PostMapping("/api/tickets/{id}/call")
  CallAnswer call(@AuthenticationPrincipal CurrentUser clerk, @PathVariable long id,
      @RequestBody(required = false) @Nullable Calling calling) {
    return answer(clerk, cases.call(clerk, id), calling);
  }

  /**
   * The ticket is called (committed) before the clerk joins: a join that fails leaves the call to
   * the desk's own join, as without a session.
   */
  private CallAnswer answer(CurrentUser clerk, CaseService.Desk desk, @Nullable Calling calling) {
    return new CallAnswer(desk.ticket(), desk.callId(), views.of(clerk, desk.caseRecord()), joined(clerk, desk, calling));
  }

  private @Nullable CallView joined(CurrentUser clerk, CaseService.Desk desk, @Nullable Calling calling) {
    if (calling == null || calling.session() == null) {
      return null;
    }
    try {
      return calls.join(clerk, desk.callId(), calling.session());
    } catch (RuntimeException failed) {
      // The ticket is called whatever happens here: answer it, and the desk joins by itself.
      log.warn("Desk of {} could not join call {} with its answer", clerk.username(), desk.callId(), failed);
      return null;
    }
  }

  /** {@code session}: the desk page's join session for the call about to open; optional. */
  record Calling(@Nullable String session) {}

  /** {@code {ticket, callId, case, call}} on the wire; {@code call} only when the desk joined with it. */
  record CallAnswer(Ticket ticket, String callId, @JsonProperty("case") CaseView caseView, @Nullable CallView call) {}
}
