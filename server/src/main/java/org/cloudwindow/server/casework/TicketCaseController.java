package org.cloudwindow.server.casework;

import org.cloudwindow.server.identity.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The draft case of a ticket, found by the ticket (calling a ticket is the desk feature's). */
@RestController
class TicketCaseController {

  private final CaseService cases;
  private final CaseViews views;

  TicketCaseController(CaseService cases, CaseViews views) {
    this.cases = cases;
    this.views = views;
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
}
