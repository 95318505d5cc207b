package org.cloudwindow.server.casework;

import java.time.Clock;
import java.util.List;
import org.cloudwindow.server.account.AccountService;
import org.cloudwindow.server.identity.CurrentUser;
import org.cloudwindow.server.queue.Called;
import org.cloudwindow.server.queue.QueueService;
import org.cloudwindow.server.queue.Ticket;
import org.cloudwindow.server.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases, and the clerk's desk actions that call a ticket and open its draft case in one
 * transaction, so a called ticket never lacks its case. A worker may open the draft earlier, while
 * the ticket waits, to upload materials in advance.
 */
@Service
@Transactional
public class CaseService {

  private static final Logger log = LoggerFactory.getLogger(CaseService.class);

  private final CaseRepository cases;
  private final TimelineRepository timeline;
  private final Prefill prefill;
  private final CaseAccess access;
  private final QueueService queue;
  private final AccountService accounts;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private List<CaseReaders> readers = List.of();

  CaseService(CaseRepository cases, TimelineRepository timeline, Prefill prefill, CaseAccess access,
      QueueService queue, AccountService accounts, ApplicationEventPublisher events, Clock clock) {
    this.cases = cases;
    this.timeline = timeline;
    this.prefill = prefill;
    this.access = access;
    this.events = events;
    this.queue = queue;
    this.accounts = accounts;
    this.clock = clock;
  }

  @Autowired(required = false)
  void readers(List<CaseReaders> readers) {
    this.readers = List.copyOf(readers);
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

  /**
   * The worker opens (or finds) the draft case of a ticket of theirs before a clerk answers it,
   * so materials can be uploaded while the resident waits. Calling the ticket later finds the
   * same case.
   */
  public CaseRecord openForTicket(CurrentUser worker, long ticketId) {
    Ticket ticket = queue.get(worker, ticketId);
    if (ticket.workerId() != worker.id()) {
      throw ApiException.forbidden();
    }
    if (!ticket.state().active()) {
      throw ApiException.notFound("ticket " + ticketId);
    }
    return draftFor(worker, ticket);
  }

  /**
   * The case of a ticket, for whoever may see the ticket (the clerk's desk after a reload finds
   * its case this way); not found while the ticket has none.
   */
  @Transactional(readOnly = true)
  public CaseRecord ofTicket(CurrentUser user, long ticketId) {
    queue.get(user, ticketId);
    return cases.forTicket(ticketId).orElseThrow(() -> ApiException.notFound("case of ticket " + ticketId));
  }

  /**
   * A case, for its participants: its worker, the clerks of its window, coordinators above its
   * point or window, and whoever may see its ticket now (a clerk it was transferred to).
   */
  @Transactional(readOnly = true)
  public CaseRecord get(CurrentUser user, long id) {
    CaseRecord found = cases.find(id).orElseThrow(() -> ApiException.notFound("case " + id));
    if (readers.stream().anyMatch(reader -> reader.mayRead(user, found))) {
      return found;
    }
    // Checked first: a refusal from the queue would mark this transaction rollback-only.
    if (!access.relations(user, found).isEmpty()) {
      return found;
    }
    queue.get(user, found.ticketId());
    return found;
  }

  /**
   * A case for a user about to change what the applicant handed in (materials): its worker or a
   * clerk of its window. Whoever else may only read it (coordinators, invited experts, a
   * reviewing clerk) is refused with 403; a stranger gets what {@link #get} gives.
   */
  @Transactional(readOnly = true)
  public CaseRecord getToEdit(CurrentUser user, long id) {
    CaseRecord found = get(user, id);
    access.requireEdit(user, found);
    return found;
  }

  /** A case without an access check, for a feature that checked it already (pushes after commit). */
  @Transactional(readOnly = true)
  public java.util.Optional<CaseRecord> find(long id) {
    return cases.find(id);
  }

  /**
   * Whether {@link #get} would show the case to the user, for subscriptions. Outside a
   * transaction, so a refusal inside the queue's own transaction does not poison this one.
   */
  @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
  public boolean mayAccess(CurrentUser user, long id) {
    try {
      get(user, id);
      return true;
    } catch (ApiException refused) {
      return false;
    }
  }

  /**
   * Adds a line to the case's timeline that does not change its state, e.g. a material verified;
   * the feature that did it keeps its own detailed audit.
   */
  public void note(long caseId, long actorId, String kind, String detail) {
    CaseRecord found = cases.find(caseId).orElseThrow(() -> ApiException.notFound("case " + caseId));
    timeline.event(caseId, clock.instant(), actorId, kind, null, found.state(),
        detail.length() > 500 ? detail.substring(0, 500) : detail, java.util.List.of());
    events.publishEvent(new CaseChanged(caseId, CaseChanged.TIMELINE));
  }

  /**
   * Like {@link #note}, for a record written once that may run longer than a note (a
   * consultation's notes and conclusion, up to {@value #LONG_NOTE} characters): cut, it would
   * lose what the experts said.
   */
  public void noteInFull(long caseId, long actorId, String kind, String detail) {
    if (detail.length() > LONG_NOTE) {
      throw ApiException.invalidField("detail", "too-long", "at most " + LONG_NOTE + " characters");
    }
    CaseRecord found = cases.find(caseId).orElseThrow(() -> ApiException.notFound("case " + caseId));
    timeline.event(caseId, clock.instant(), actorId, kind, null, found.state(), detail, java.util.List.of());
    events.publishEvent(new CaseChanged(caseId, CaseChanged.TIMELINE));
  }

  /** The longest timeline line {@link #noteInFull} takes (the column's size). */
  public static final int LONG_NOTE = 4000;

  private CaseRecord draftFor(CurrentUser actor, Ticket ticket) {
    // A recalled ticket called again, or one the worker pre-opened, keeps the case it already has.
    return cases.forTicket(ticket.id()).orElseGet(() -> {
      long workerSite = accounts.get(ticket.workerId()).siteId();
      return cases.insertDraft(ticket, workerSite, clock.instant()).map(id -> {
        timeline.event(id, clock.instant(), actor.id(), "CREATED", null, CaseState.DRAFT, null, java.util.List.of());
        prefill.fill(id, java.util.List.of(ticket.matterCode()), ticket.applicant(), clock.instant());
        log.info("Draft case {} opened for ticket {}", id, ticket.number());
        return cases.find(id).orElseThrow();
      }).orElseGet(() -> cases.forTicket(ticket.id()).orElseThrow());
    });
  }

  /** What the clerk's desk gets on calling a ticket: the ticket, the call to join and the case. */
  public record Desk(Ticket ticket, String callId, CaseRecord caseRecord) {}
}
