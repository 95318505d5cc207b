package org.cloudwindow.server.queue;

import java.util.List;
import java.util.Optional;
import org.cloudwindow.server.catalog.HandlingTier;
import org.cloudwindow.server.catalog.Matter;
import org.cloudwindow.server.site.Site;
import org.cloudwindow.server.site.SiteService;
import org.cloudwindow.server.site.SiteTier;
import org.cloudwindow.server.site.Window;
import org.cloudwindow.server.web.ApiException;
import org.springframework.stereotype.Component;

/**
 * Which window a matter goes to from a worker's point: TOWNSHIP and TWO_LEVEL matters to the
 * township's window of the matter's department, or its comprehensive window when it has none;
 * DISTRICT matters to the district's department window. (TWO_LEVEL matters reach the district
 * later, as a case, not as a ticket.)
 */
@Component
class Routing {

  private final SiteService sites;

  Routing(SiteService sites) {
    this.sites = sites;
  }

  Window route(Matter matter, long workerSiteId) {
    return route(matter, workerSiteId, matter.handlingTier() == HandlingTier.DISTRICT ? SiteTier.DISTRICT : SiteTier.TOWNSHIP);
  }

  /** The matter's window at that tier above the point, e.g. the district window reviewing a two-level matter. */
  Window route(Matter matter, long workerSiteId, SiteTier tier) {
    List<Site> chain = sites.ancestorChain(workerSiteId);
    Site target = chain.stream().filter(site -> site.tier() == tier).findFirst()
        .orElseThrow(() -> new ApiException(QueueProblem.NO_WINDOW));
    List<Window> windows = sites.windowsAt(target.id()).stream().filter(Window::enabled).toList();
    return departmentWindow(windows, matter.departmentCode())
        .or(() -> windows.stream().filter(Window::comprehensive).findFirst())
        .orElseThrow(() -> new ApiException(QueueProblem.NO_WINDOW));
  }

  /** Checks a window the worker chose: above their point, enabled, and able to take the matter. */
  Window chosen(Matter matter, long workerSiteId, long windowId) {
    Window window = sites.getWindow(windowId);
    boolean reachable = sites.ancestorChain(workerSiteId).stream().anyMatch(site -> site.id() == window.siteId());
    if (!reachable || !window.enabled()) {
      throw ApiException.invalidField("windowId", "out-of-scope", "that window does not serve your point");
    }
    requireHandles(window, matter);
    return window;
  }

  static void requireHandles(Window window, Matter matter) {
    if (!window.comprehensive() && !matter.departmentCode().equals(window.departmentCode())) {
      throw new ApiException(QueueProblem.WRONG_DEPARTMENT);
    }
  }

  private static Optional<Window> departmentWindow(List<Window> windows, String departmentCode) {
    return windows.stream().filter(w -> !w.comprehensive() && departmentCode.equals(w.departmentCode())).findFirst();
  }
}
