package org.cloudwindow.server.queue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.cloudwindow.server.account.AccountService;
import org.cloudwindow.server.site.SiteService;
import org.springframework.stereotype.Component;

/** Turns stored tickets into what the API shows: names, position and estimated wait. */
@Component
class TicketViews {

  private final TicketRepository tickets;
  private final DutyRepository duty;
  private final SiteService sites;
  private final AccountService accounts;
  private final QueueProperties properties;

  TicketViews(TicketRepository tickets, DutyRepository duty, SiteService sites, AccountService accounts,
      QueueProperties properties) {
    this.tickets = tickets;
    this.duty = duty;
    this.sites = sites;
    this.accounts = accounts;
    this.properties = properties;
  }

  Ticket of(TicketRow row) {
    if (row.state() != TicketState.WAITING) {
      return view(row, 0, 0, sites.getWindow(row.windowId()).name());
    }
    return queue(row.windowId()).stream().filter(t -> t.id() == row.id()).findFirst()
        .orElseGet(() -> view(row, 0, 0, sites.getWindow(row.windowId()).name()));
  }

  /** The waiting tickets of a window in the order they will be called, with positions. */
  List<Ticket> queue(long windowId) {
    List<TicketRow> waiting = tickets.waiting(windowId);
    double perTicket = tickets.averageHandleSeconds(windowId)
        .orElse((double) properties.defaultHandleTime().toSeconds());
    int clerks = Math.max(1, duty.clerksOnDuty(windowId));
    String windowName = sites.getWindow(windowId).name();
    List<Ticket> views = new ArrayList<>(waiting.size());
    for (int i = 0; i < waiting.size(); i++) {
      // Those ahead are served by the clerks on duty in parallel; round up so we never promise too soon.
      int minutes = (int) Math.ceil(i * perTicket / clerks / 60.0);
      views.add(view(waiting.get(i), i + 1, minutes, windowName));
    }
    return views;
  }

  WindowQueue windowQueue(long windowId, java.time.Instant now) {
    return windowQueue(windowId, queue(windowId), now);
  }

  WindowQueue windowQueue(long windowId, List<Ticket> queue, java.time.Instant now) {
    List<Ticket> waiting = queue.stream().map(Ticket::masked).toList();
    long longest = waiting.stream().mapToLong(t -> waitedSeconds(t, now)).max().orElse(0);
    return new WindowQueue(windowId, waiting, waiting.size(), longest, duty.clerksOnDuty(windowId));
  }

  private Ticket view(TicketRow row, int position, int minutes, String windowName) {
    String clerkName = row.clerkId() == null ? null : accounts.get(row.clerkId()).displayName();
    return new Ticket(row.id(), row.number(), row.state(), row.windowId(), windowName, row.matterCode(),
        row.matterName(), row.applicant(), row.priority(), row.workerId(), row.clerkId(), clerkName,
        row.takenAt(), row.calledAt(), position, minutes, row.callId());
  }

  static long waitedSeconds(Ticket ticket, java.time.Instant now) {
    return Duration.between(ticket.takenAt(), now).toSeconds();
  }
}
