package org.cloudwindow.server.board;

import java.time.Clock;
import org.cloudwindow.server.consult.ConsultationWaitEnded;
import org.cloudwindow.server.consult.ConsultationWaiting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A CONSULTATION_WAITING alert (YELLOW) for a consultation request no expert accepted in time,
 * seen by the coordinators of the requesting clerk's site and above; raised once per
 * consultation, after the scan that found it committed, and resolved by itself once the
 * consultation no longer waits.
 */
@Component
class ConsultationAlerts {

  private static final Logger log = LoggerFactory.getLogger(ConsultationAlerts.class);

  private final BoardService board;
  private final AlertRepository alerts;
  private final Clock clock;

  ConsultationAlerts(BoardService board, AlertRepository alerts, Clock clock) {
    this.board = board;
    this.alerts = alerts;
    this.clock = clock;
  }

  @TransactionalEventListener(fallbackExecution = true)
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void on(ConsultationWaiting waiting) {
    alerts.raiseForConsultation(waiting.consultationId(), waiting.windowId(), waiting.siteId(), waiting.caseId(),
            waiting.waitedMinutes(), "consultation " + waiting.consultationId() + " waiting "
                + waiting.waitedMinutes() + " min for an expert", clock.instant())
        .ifPresent(id -> {
          Alert alert = board.publish(id, waiting.siteId());
          log.warn("Alert {} at window {}: {}", alert.kind(), alert.windowName(), alert.detail());
        });
  }

  /** An expert accepted (or the request was concluded or cancelled): the alert is over, on every board. */
  @TransactionalEventListener(fallbackExecution = true)
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void on(ConsultationWaitEnded ended) {
    alerts.resolveForConsultation(ended.consultationId(), clock.instant()).ifPresent(id -> {
      board.publish(id, ended.siteId());
      log.info("Alert {} resolved: consultation {} is {}", id, ended.consultationId(), ended.state());
    });
  }
}
