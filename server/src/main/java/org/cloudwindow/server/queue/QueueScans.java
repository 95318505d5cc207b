package org.cloudwindow.server.queue;

import java.time.Clock;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.cloudwindow.server.site.SiteService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The queue's clock-driven changes, on one node of the cluster at a time: called workers who do
 * not answer go back to the head once and are no-shows the second time; waiting tickets at a
 * window that has closed expire (their workers are told); tidal duty ends when its time is up.
 */
@Component
class QueueScans {

  private static final Logger log = LoggerFactory.getLogger(QueueScans.class);

  private final TicketRepository tickets;
  private final DutyRepository duty;
  private final QueueService queue;
  private final SiteService sites;
  private final QueueProperties properties;
  private final TransactionTemplate transaction;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  QueueScans(TicketRepository tickets, DutyRepository duty, QueueService queue, SiteService sites,
      QueueProperties properties, TransactionTemplate transaction, ApplicationEventPublisher events, Clock clock) {
    this.tickets = tickets;
    this.duty = duty;
    this.queue = queue;
    this.sites = sites;
    this.properties = properties;
    this.transaction = transaction;
    this.events = events;
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "${cloudwindow.queue.scan-interval}", initialDelayString = "${cloudwindow.queue.scan-interval}")
  @SchedulerLock(name = "queue-scan", lockAtMostFor = "PT1M")
  void scan() {
    Instant now = clock.instant();
    recallUnanswered(now);
    expireAtClosedWindows(now);
    endTidalDuty(now);
  }

  void recallUnanswered(Instant now) {
    Instant threshold = now.minus(properties.answerTimeout());
    for (TicketRow candidate : tickets.calledWithoutAnswerBefore(threshold)) {
      transaction.executeWithoutResult(status -> tickets.lock(candidate.id())
          .filter(row -> row.state() == TicketState.CALLED && row.calledAt() != null && row.calledAt().isBefore(threshold))
          .ifPresent(row -> {
            if (row.recalls() == 0) {
              TicketRow back = new TicketRow(row.id(), row.number(), row.windowId(), row.matterCode(),
                  row.matterName(), row.applicant(), row.priority(), row.workerId(), row.workerSiteId(),
                  TicketState.WAITING, true, row.takenAt(), null, null, null, 1, null, null, row.serviceDay());
              queue.change(row, back, null, TicketChanged.Change.RECALLED, "no answer within " + properties.answerTimeout().toSeconds() + " s");
              log.info("Ticket {} not answered: back to the head of window {}", row.number(), row.windowId());
            } else {
              queue.change(row, queue.end(row, TicketState.NO_SHOW), null, TicketChanged.Change.NO_SHOW, "no answer twice");
              log.info("Ticket {} not answered twice: no-show", row.number());
            }
          }));
    }
  }

  void expireAtClosedWindows(Instant now) {
    for (long windowId : tickets.windowsWithWaitingTickets()) {
      OpeningHours hours = queue.openingHours(windowId);
      if (hours.isOpen(now) && sites.getWindow(windowId).enabled()) {
        continue;
      }
      for (TicketRow waiting : tickets.waiting(windowId)) {
        transaction.executeWithoutResult(status -> tickets.lock(waiting.id())
            .filter(row -> row.state() == TicketState.WAITING && row.windowId() == windowId)
            .ifPresent(row -> queue.change(row, queue.end(row, TicketState.EXPIRED), null,
                TicketChanged.Change.EXPIRED, "window closed (" + hours.spec() + ")")));
      }
      log.info("Window {} closed: its waiting tickets expired", windowId);
    }
  }

  void endTidalDuty(Instant now) {
    for (long[] ended : duty.endedTidalDuties(now)) {
      transaction.executeWithoutResult(status -> duty.goOffDuty(ended[0], ended[1]));
      events.publishEvent(new QueueMoved(ended[1]));
      log.info("Tidal duty of user {} at window {} ended", ended[0], ended[1]);
    }
  }
}
