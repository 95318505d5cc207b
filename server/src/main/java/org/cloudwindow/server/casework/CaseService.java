package org.cloudwindow.server.casework;

import java.time.Clock;
import org.cloudwindow.server.account.AccountService;
import org.cloudwindow.server.identity.CurrentUser;
import org.cloudwindow.server.queue.Called;
import org.cloudwindow.server.queue.QueueService;
import org.cloudwindow.server.queue.Ticket;
import org.cloudwindow.server.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases, and the clerk's desk actions that call a ticket and open its draft case in one
 * transaction, so a called ticket never lacks its case.
 */
@Service
@Transactional
public class CaseService {

  private static final Logger log = LoggerFactory.getLogger(CaseService.class);

  private final CaseRepository cases;
  private final QueueService queue;
  private final AccountService accounts;
  private final Clock clock;

  CaseService(CaseRepository cases, QueueService queue, AccountService accounts, Clock clock) {
    this.cases = cases;
    this.queue = queue;
    this.accounts = accounts;
    this.clock = clock;
  }

  /** Calls the next ticket of the clerk's duty windows and opens (or finds) its draft case. */
  public Desk callNext(CurrentUser clerk, long windowId) {
    Called called = queue.callNext(clerk, windowId);
    return new Desk(called.ticket(), called.callId(), draftFor(clerk, called.ticket()));
  }

  /** Calls one particular waiting ticket and opens (or finds) its draft case. */
  public Desk call(CurrentUser clerk, long ticketId) {
    Called called = queue.call(clerk, ticketId);
    return new Desk(called.ticket(), called.callId(), draftFor(clerk, called.ticket()));
  }

  /** A case, for those who may see its ticket. */
  @Transactional(readOnly = true)
  public CaseRecord get(CurrentUser user, long id) {
    CaseRecord found = cases.find(id).orElseThrow(() -> ApiException.notFound("case " + id));
    queue.get(user, found.ticketId()); // the ticket's access rules are the case's for now
    return found;
  }

  private CaseRecord draftFor(CurrentUser clerk, Ticket ticket) {
    // A recalled ticket called again keeps the case it already has.
    return cases.forTicket(ticket.id()).orElseGet(() -> {
      long workerSite = accounts.get(ticket.workerId()).siteId();
      long id = cases.insertDraft(ticket, workerSite, clock.instant());
      cases.event(id, clock.instant(), clerk.id(), "CREATED", CaseState.DRAFT, null);
      log.info("Draft case {} opened for ticket {}", id, ticket.number());
      return cases.find(id).orElseThrow();
    });
  }

  /** What the clerk's desk gets on calling a ticket: the ticket, the call to join and the case. */
  public record Desk(Ticket ticket, String callId, CaseRecord caseRecord) {}
}
