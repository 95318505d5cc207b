package org.cloudwindow.server.board;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.cloudwindow.server.casework.CaseRecord;
import org.cloudwindow.server.casework.CaseService;
import org.cloudwindow.server.casework.DecisionDue;
import org.cloudwindow.server.rating.CaseRated;
import org.cloudwindow.server.site.SiteService;
import org.cloudwindow.server.site.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Alerts about cases, raised once the event's transaction committed (in a transaction of their
 * own, since the committed one can write no more): a FOLLOW_UP for a rating of 2 stars or fewer,
 * seen by the coordinators of the worker's point and above, and a DECISION_DUE for a case whose
 * art. 32 deadline is near (YELLOW) or past (RED), seen above the case's window.
 */
@Component
class CaseAlerts {

  static final int FOLLOW_UP_STARS = 2;
  /** Deadlines are working days in Beijing time, whatever the server's zone. */
  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  private static final Logger log = LoggerFactory.getLogger(CaseAlerts.class);

  private final CaseService cases;
  private final SiteService sites;
  private final BoardService board;
  private final AlertRepository alerts;
  private final Clock clock;

  CaseAlerts(CaseService cases, SiteService sites, BoardService board, AlertRepository alerts, Clock clock) {
    this.cases = cases;
    this.sites = sites;
    this.board = board;
    this.alerts = alerts;
    this.clock = clock;
  }

  @TransactionalEventListener(fallbackExecution = true)
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void on(CaseRated rated) {
    if (rated.stars() > FOLLOW_UP_STARS) {
      return;
    }
    CaseRecord found = cases.find(rated.caseId()).orElseThrow();
    AlertLevel level = rated.stars() == 1 ? AlertLevel.RED : AlertLevel.YELLOW;
    alerts.raiseForCase(Alert.Kind.FOLLOW_UP, level, found.windowId(), rated.workerSiteId(), rated.caseId(),
            found.caseNumber(), null, rated.stars(), "case " + rated.caseId() + " rated " + rated.stars() + " of 5", clock.instant())
        .ifPresent(id -> raised(id, rated.workerSiteId()));
  }

  @TransactionalEventListener(fallbackExecution = true)
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void on(DecisionDue due) {
    Window window = sites.getWindow(due.windowId());
    LocalDate today = LocalDate.now(clock.withZone(BEIJING));
    AlertLevel level = due.deadline().isBefore(today) ? AlertLevel.RED : AlertLevel.YELLOW;
    alerts.raiseForCase(Alert.Kind.DECISION_DUE, level, window.id(), window.siteId(), due.caseId(), null,
            due.deadline(), null, "case " + due.caseId() + " decision due " + due.deadline(), clock.instant())
        .ifPresent(id -> raised(id, window.siteId()));
  }

  private void raised(long alertId, long siteId) {
    Alert alert = board.publish(alertId, siteId);
    log.warn("Alert {} {} at window {}: {}", alert.kind(), alert.level(), alert.windowName(), alert.detail());
  }
}
