package org.cloudwindow.server.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Art. 32's clock: a submitted case must be accepted, refused or sent back for supplements within
 * its decision deadline. Once per cluster (ShedLock), finds submitted cases with at most one
 * working day left and publishes {@link DecisionDue} once per submission (the board alerts the
 * coordinators).
 */
@Component
class DecisionScan {

  private static final Logger log = LoggerFactory.getLogger(DecisionScan.class);

  private final LifecycleRepository lifecycle;
  private final WorkingDays workingDays;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  DecisionScan(LifecycleRepository lifecycle, WorkingDays workingDays, ApplicationEventPublisher events, Clock clock) {
    this.lifecycle = lifecycle;
    this.workingDays = workingDays;
    this.events = events;
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "${cloudwindow.casework.decision-scan-interval:5m}",
      initialDelayString = "${cloudwindow.casework.decision-scan-interval:5m}")
  @SchedulerLock(name = "decision-due-scan", lockAtMostFor = "PT1M")
  void scheduled() {
    scan(clock.instant());
  }

  /** Returns how many reminders went out. */
  @Transactional
  int scan(Instant now) {
    LocalDate today = LocalDate.ofInstant(now, WorkingDays.ZONE);
    // Due when the deadline is today, the next working day, or already past.
    LocalDate latest = workingDays.plus(today, 1);
    int sent = 0;
    for (DecisionDue due : lifecycle.decisionsDueBy(latest)) {
      if (lifecycle.markDecisionDue(due.caseId(), now)) {
        events.publishEvent(due);
        sent++;
        log.info("Case {} decision due by {}", due.caseId(), due.deadline());
      }
    }
    return sent;
  }
}
