package org.cloudwindow.server.casework;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.cloudwindow.server.identity.CurrentUser;
import org.cloudwindow.server.queue.Ticket;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Calling a ticket answers with the ticket, its call and its draft case (CONTRACT.md). */
@RestController
class DeskController {

  private final CaseService cases;
  private final CaseViews views;

  DeskController(CaseService cases, CaseViews views) {
    this.cases = cases;
    this.views = views;
  }

  @PostMapping("/api/windows/{id}/call-next")
  CallAnswer callNext(@AuthenticationPrincipal CurrentUser clerk, @PathVariable long id) {
    return answer(clerk, cases.callNext(clerk, id));
  }

  @PostMapping("/api/tickets/{id}/call")
  CallAnswer call(@AuthenticationPrincipal CurrentUser clerk, @PathVariable long id) {
    return answer(clerk, cases.call(clerk, id));
  }

  /** The worker opens (or finds) the ticket's draft case to upload materials before the call. */
  @PostMapping("/api/tickets/{id}/case")
  CaseView openCase(@AuthenticationPrincipal CurrentUser worker, @PathVariable long id) {
    return views.of(worker, cases.openForTicket(worker, id));
  }

  @GetMapping("/api/tickets/{id}/case")
  CaseView caseOf(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
    return views.of(user, cases.ofTicket(user, id));
  }

  private CallAnswer answer(CurrentUser clerk, CaseService.Desk desk) {
    return new CallAnswer(desk.ticket(), desk.callId(), views.of(clerk, desk.caseRecord()));
  }

  /** {@code {ticket, callId, case}} on the wire. */
  record CallAnswer(Ticket ticket, String callId, @JsonProperty("case") CaseView caseView) {}
}
