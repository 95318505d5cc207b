package org.cloudwindow.server.consult;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once per cluster (ShedLock), finds requests no expert accepted within
 * {@code cloudwindow.consult.waiting-alert} and publishes {@link ConsultationWaiting} once for each;
 * the board raises the alert.
 */
@Component
class ConsultScan {

  private static final Logger log = LoggerFactory.getLogger(ConsultScan.class);

  private final ConsultRepository consultations;
  private final ConsultProperties properties;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ConsultScan(ConsultRepository consultations, ConsultProperties properties, ApplicationEventPublisher events,
      Clock clock) {
    this.consultations = consultations;
    this.properties = properties;
    this.events = events;
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "${cloudwindow.consult.scan-interval}",
      initialDelayString = "${cloudwindow.consult.scan-interval}")
  @SchedulerLock(name = "consult-scan", lockAtMostFor = "PT1M")
  @Transactional
  void scheduled() {
    scan(clock.instant());
  }

  @Transactional
  void scan(Instant now) {
    for (ConsultRepository.Stored stored : consultations.waitingSince(now.minus(properties.waitingAlert()))) {
      if (consultations.alerted(stored.id(), now)) {
        int minutes = (int) Duration.between(stored.requestedAt(), now).toMinutes();
        events.publishEvent(new ConsultationWaiting(stored.id(), stored.callId(), stored.caseId(), stored.windowId(),
            stored.siteId(), stored.topic(), minutes));
        log.warn("Consultation {} waiting {} min for an expert", stored.id(), minutes);
      }
    }
  }
}
