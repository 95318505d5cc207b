package org.cloudwindow.server.board;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cloudwindow.server.account.AccountService;
import org.cloudwindow.server.account.UserAccount;
import org.cloudwindow.server.identity.CurrentUser;
import org.cloudwindow.server.identity.Role;
import org.cloudwindow.server.queue.QueueService;
import org.cloudwindow.server.queue.WindowFigures;
import org.cloudwindow.server.site.SiteService;
import org.cloudwindow.server.site.Window;
import org.cloudwindow.server.web.ApiException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a coordinator sees and does on the board, always within their own subtree. */
@Service
@Transactional
public class BoardService {

  private final SiteService sites;
  private final QueueService queue;
  private final AccountService accounts;
  private final AlertRepository alerts;
  private final ThresholdRepository thresholds;
  private final BoardPublisher publisher;
  private final BoardProperties properties;
  private final Clock clock;

  BoardService(SiteService sites, QueueService queue, AccountService accounts, AlertRepository alerts,
      ThresholdRepository thresholds, BoardPublisher publisher, BoardProperties properties, Clock clock) {
    this.sites = sites;
    this.queue = queue;
    this.accounts = accounts;
    this.alerts = alerts;
    this.thresholds = thresholds;
    this.publisher = publisher;
    this.properties = properties;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Board board(CurrentUser coordinator) {
    requireCoordinator(coordinator);
    List<Window> windows = sites.windowsWithin(coordinator);
    Map<Long, Window> byId = new HashMap<>();
    windows.forEach(w -> byId.put(w.id(), w));
    List<BoardWindow> figures = windows(windows);
    List<Alert> open = alerts.openAt(sites.actionableSiteIds(coordinator)).stream()
        // A follow-up at a community point may name a district window outside the subtree.
        .map(a -> a.withWindowName((byId.containsKey(a.windowId()) ? byId.get(a.windowId())
            : sites.getWindow(a.windowId())).name()))
        .toList();
    return new Board(figures, open);
  }

  /** Clerks of the subtree, for choosing who goes to a busy window. */
  @Transactional(readOnly = true)
  public List<Helper> helpers(CurrentUser coordinator) {
    requireCoordinator(coordinator);
    return accounts.visibleTo(coordinator).stream()
        .filter(u -> u.enabled() && u.roles().contains(Role.CLERK))
        .map(u -> new Helper(u.id(), u.displayName(), u.siteName(), queue.busy(u.id())))
        .toList();
  }

  public Alert acknowledge(CurrentUser coordinator, long alertId) {
    AlertRepository.StoredAlert alert = mine(coordinator, alertId);
    alerts.acknowledge(alertId, coordinator.id(), clock.instant());
    return publish(alertId, alert.siteId());
  }

  public Alert resolve(CurrentUser coordinator, long alertId) {
    AlertRepository.StoredAlert alert = mine(coordinator, alertId);
    alerts.resolve(alertId, coordinator.id(), clock.instant());
    return publish(alertId, alert.siteId());
  }

  /** Sends a clerk of the subtree to a window of the subtree for a while (潮汐窗口). */
  public BoardWindow openTidal(CurrentUser coordinator, long windowId, Tidal tidal) {
    requireCoordinator(coordinator);
    Window window = sites.getWindow(windowId);
    sites.requireActOn(coordinator, window.siteId());
    UserAccount clerk = accounts.get(tidal.clerkId());
    if (!clerk.enabled() || !clerk.roles().contains(Role.CLERK) || !sites.mayActOn(coordinator, clerk.siteId())) {
      throw ApiException.invalidField("clerkId", "out-of-scope", "choose a clerk of your area");
    }
    queue.startTidalDuty(clerk.id(), windowId, Duration.ofMinutes(tidal.minutes()));
    return windows(List.of(window)).get(0);
  }

  List<BoardWindow> windows(Collection<Window> windows) {
    Map<Long, WindowFigures> figures = new HashMap<>();
    List<Long> ids = windows.stream().map(Window::id).toList();
    queue.figures(ids, properties.serviceTarget()).forEach(f -> figures.put(f.windowId(), f));
    Map<Long, Thresholds> own = thresholds.of(ids);
    return windows.stream().map(w -> {
      WindowFigures f = figures.get(w.id());
      Thresholds limits = own.getOrDefault(w.id(), properties.defaults());
      return new BoardWindow(w.id(), w.name(), w.siteId(), w.siteName(), w.enabled(), f.waiting(),
          f.longestWaitSeconds(), f.clerksOnDuty(), f.clerksBusy(), f.servedToday(), f.serviceLevel(),
          limits.levelOf(f.waiting(), f.longestWaitSeconds()));
    }).toList();
  }

  /** A window's thresholds, its own or the defaults (admins, within their subtree). */
  @Transactional(readOnly = true)
  public Thresholds thresholds(CurrentUser admin, long windowId) {
    sites.requireActOn(admin, sites.getWindow(windowId).siteId());
    return thresholds.of(List.of(windowId)).getOrDefault(windowId, properties.defaults());
  }

  public Thresholds setThresholds(CurrentUser admin, long windowId, Thresholds limits) {
    sites.requireActOn(admin, sites.getWindow(windowId).siteId());
    if (limits.redWaiting() <= limits.yellowWaiting()) {
      throw ApiException.invalidField("redWaiting", "threshold-order", "red must be above yellow");
    }
    if (limits.redLongestWaitMinutes() <= limits.yellowLongestWaitMinutes()) {
      throw ApiException.invalidField("redLongestWaitMinutes", "threshold-order", "red must be above yellow");
    }
    thresholds.save(windowId, limits);
    return thresholds(admin, windowId);
  }

  public Thresholds resetThresholds(CurrentUser admin, long windowId) {
    sites.requireActOn(admin, sites.getWindow(windowId).siteId());
    thresholds.delete(windowId);
    return properties.defaults();
  }

  Alert publish(long alertId, long siteId) {
    AlertRepository.StoredAlert stored = alerts.find(alertId).orElseThrow();
    Alert alert = stored.withWindowName(sites.getWindow(stored.windowId()).name());
    publisher.publish(siteId, BoardPublisher.BoardMessage.alert(alert));
    return alert;
  }

  private AlertRepository.StoredAlert mine(CurrentUser coordinator, long alertId) {
    requireCoordinator(coordinator);
    AlertRepository.StoredAlert alert = alerts.find(alertId).orElseThrow(() -> ApiException.notFound("alert " + alertId));
    sites.requireActOn(coordinator, alert.siteId());
    return alert;
  }

  private static void requireCoordinator(CurrentUser user) {
    if (!user.has(Role.COORDINATOR) && !user.has(Role.ADMIN)) {
      throw ApiException.forbidden();
    }
  }

  /** The board: every window of the subtree and the alerts still open. */
  public record Board(List<BoardWindow> windows, List<Alert> alerts) {}

  /** A clerk who could help at a busy window. */
  public record Helper(long id, String displayName, String siteName, boolean busy) {}
}
