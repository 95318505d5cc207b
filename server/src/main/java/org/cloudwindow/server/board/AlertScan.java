package org.cloudwindow.server.board;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.cloudwindow.server.queue.LongWait;
import org.cloudwindow.server.queue.QueueService;
import org.cloudwindow.server.site.SiteService;
import org.cloudwindow.server.site.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Raises alerts once per cluster (ShedLock): a wait-timeout alert per ticket waiting longer than
 * {@code cloudwindow.board.wait-alert}, and a YELLOW or RED alert per window whose waiting count
 * or longest wait crosses the thresholds. An alert already open is not raised again; new ones go
 * to the coordinators of the window's site and every site above it.
 */
@Component
class AlertScan {

  private static final Logger log = LoggerFactory.getLogger(AlertScan.class);

  private final QueueService queue;
  private final SiteService sites;
  private final BoardService board;
  private final AlertRepository alerts;
  private final BoardProperties properties;
  private final Clock clock;

  AlertScan(QueueService queue, SiteService sites, BoardService board, AlertRepository alerts,
      BoardProperties properties, Clock clock) {
    this.queue = queue;
    this.sites = sites;
    this.board = board;
    this.alerts = alerts;
    this.properties = properties;
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "${cloudwindow.board.scan-interval}", initialDelayString = "${cloudwindow.board.scan-interval}")
  @SchedulerLock(name = "alert-scan", lockAtMostFor = "PT1M")
  void scheduled() {
    scan(clock.instant());
  }

  void scan(Instant now) {
    Map<Long, Window> windows = new HashMap<>();
    sites.allWindows().forEach(w -> windows.put(w.id(), w));
    for (LongWait wait : queue.waitingSince(now.minus(properties.waitAlert()))) {
      Window window = windows.get(wait.windowId());
      long minutes = Duration.between(wait.takenAt(), now).toMinutes();
      alerts.raise(Alert.Kind.WAIT_TIMEOUT, AlertLevel.YELLOW, window.id(), window.siteId(), wait.ticketId(),
              wait.number(), "ticket " + wait.number() + " waiting " + minutes + " min", null, (int) minutes, now)
          .ifPresent(id -> raised(id, window));
    }
    for (BoardWindow figures : board.windows(windows.values().stream().filter(Window::enabled).toList())) {
      if (figures.alertLevel() == AlertLevel.NONE) {
        continue;
      }
      Window window = windows.get(figures.windowId());
      String detail = figures.waiting() + " waiting, longest " + figures.longestWaitSeconds() / 60 + " min";
      alerts.raise(Alert.Kind.LEVEL, figures.alertLevel(), window.id(), window.siteId(), null, null, detail,
              figures.waiting(), (int) (figures.longestWaitSeconds() / 60), now)
          .ifPresent(id -> raised(id, window));
    }
  }

  private void raised(long alertId, Window window) {
    Alert alert = board.publish(alertId, window.siteId());
    log.warn("Alert {} {} at window {}: {}", alert.kind(), alert.level(), window.name(), alert.detail());
  }

}
