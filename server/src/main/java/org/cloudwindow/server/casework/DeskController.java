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

  DeskController(CaseService cases) {
    this.cases = cases;
  }

  @PostMapping("/api/windows/{id}/call-next")
  CallAnswer callNext(@AuthenticationPrincipal CurrentUser clerk, @PathVariable long id) {
    return CallAnswer.of(cases.callNext(clerk, id));
  }

  @PostMapping("/api/tickets/{id}/call")
  CallAnswer call(@AuthenticationPrincipal CurrentUser clerk, @PathVariable long id) {
    return CallAnswer.of(cases.call(clerk, id));
  }

  /** The worker opens (or finds) the ticket's draft case to upload materials before the call. */
  @PostMapping("/api/tickets/{id}/case")
  CaseRecord openCase(@AuthenticationPrincipal CurrentUser worker, @PathVariable long id) {
    return cases.openForTicket(worker, id);
  }

  @GetMapping("/api/tickets/{id}/case")
  CaseRecord caseOf(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
    return cases.ofTicket(user, id);
  }

  @GetMapping("/api/cases/{id}")
  CaseRecord get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
    return cases.get(user, id);
  }

  /** {@code {ticket, callId, case}} on the wire. */
  record CallAnswer(Ticket ticket, String callId, @JsonProperty("case") CaseRecord caseRecord) {
    static CallAnswer of(CaseService.Desk desk) {
      return new CallAnswer(desk.ticket(), desk.callId(), desk.caseRecord());
    }
  }
}
