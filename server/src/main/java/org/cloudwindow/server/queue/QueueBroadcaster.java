package org.cloudwindow.server.queue;

import java.time.Clock;
import java.util.List;
import org.cloudwindow.server.account.AccountService;
import org.cloudwindow.server.web.UserQueues;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Pushes queue changes once they are committed: the window's queue (applicants masked) to
 * {@code /topic/windows/{id}} for its clerks and coordinators, the numbers and places to
 * {@code /topic/windows/{id}/numbers} for the waiting tablets, and the changed ticket itself to
 * its worker's {@code /user/queue/notifications}.
 */
@Component
class QueueBroadcaster {

  static final String NOTIFICATIONS = "/queue/notifications";

  private final SimpMessagingTemplate messaging;
  private final UserQueues userQueues;
  private final TicketRepository tickets;
  private final TicketViews views;
  private final AccountService accounts;
  private final Clock clock;

  QueueBroadcaster(SimpMessagingTemplate messaging, UserQueues userQueues, TicketRepository tickets,
      TicketViews views, AccountService accounts, Clock clock) {
    this.messaging = messaging;
    this.userQueues = userQueues;
    this.tickets = tickets;
    this.views = views;
    this.accounts = accounts;
    this.clock = clock;
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(TicketChanged changed) {
    List<Ticket> queue = views.queue(changed.windowId());
    tickets.find(changed.ticketId()).ifPresent(row -> {
      // A waiting ticket's place comes from the queue just computed; others need no queue.
      Ticket ticket = queue.stream().filter(t -> t.id() == row.id()).findFirst().orElseGet(() -> views.of(row));
      userQueues.send(accounts.get(row.workerId()).username(), NOTIFICATIONS,
          new QueueNotification("ticket", changed.change().name(), ticket));
    });
    publishWindow(changed.windowId(), queue);
    if (changed.previousWindowId() != null) {
      publishWindow(changed.previousWindowId(), views.queue(changed.previousWindowId()));
    }
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(QueueMoved moved) {
    publishWindow(moved.windowId(), views.queue(moved.windowId()));
  }

  private void publishWindow(long windowId, List<Ticket> waiting) {
    WindowQueue queue = views.windowQueue(windowId, waiting, clock.instant());
    messaging.convertAndSend("/topic/windows/" + windowId, queue);
    messaging.convertAndSend("/topic/windows/" + windowId + "/numbers", QueuePositions.of(queue));
  }

  /** What a worker's tablet receives about one of their tickets. */
  record QueueNotification(String type, String change, Ticket ticket) {}
}
