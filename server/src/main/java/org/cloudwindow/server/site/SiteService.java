package org.cloudwindow.server.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cloudwindow.server.identity.CurrentUser;
import org.cloudwindow.server.web.ApiException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sites, departments and windows, and the rule of where a user may act: on their own site, and
 * for coordinators and admins also on every site below it.
 */
@Service
@Transactional(readOnly = true)
public class SiteService {

  private final SiteRepository sites;
  private final SiteCache cache;

  SiteService(SiteRepository sites, SiteCache cache) {
    this.sites = sites;
    this.cache = cache;
  }

  public Optional<Site> find(long id) {
    return cache.get(new SiteCache.Key("site", id), () -> sites.find(id));
  }

  public Site get(long id) {
    return find(id).orElseThrow(() -> ApiException.notFound("site " + id));
  }

  /** The districts at the top of the tree. */
  public List<Site> rootSites() {
    return sites.roots();
  }

  public boolean isEmpty() {
    return sites.count() == 0;
  }

  /** May this user act on that site? Their own site, or a descendant for coordinators and admins. */
  public boolean mayActOn(CurrentUser user, long siteId) {
    if (user.siteId() == siteId) {
      return true;
    }
    if (!user.reachesSubtree()) {
      return false;
    }
    Optional<Site> own = find(user.siteId());
    Optional<Site> target = find(siteId);
    return own.isPresent() && target.isPresent() && own.get().isSameOrAncestorOf(target.get());
  }

  /** Throws a 403 problem unless {@link #mayActOn} holds. */
  public void requireActOn(CurrentUser user, long siteId) {
    if (!mayActOn(user, siteId)) {
      throw ApiException.forbidden();
    }
  }

  /**
   * The part of the tier tree a user sees: the chain of sites above their own (a worker sees the
   * township and district they are served by) and, for coordinators and admins, their subtree.
   */
  public List<SiteNode> visibleTree(CurrentUser user) {
    Site own = get(user.siteId());
    Map<Long, Site> visible = new LinkedHashMap<>();
    sites.ancestorsOf(own).forEach(site -> visible.put(site.id(), site));
    if (user.reachesSubtree()) {
      sites.subtree(own).forEach(site -> visible.put(site.id(), site));
    }
    return tree(visible.values());
  }

  /** Ids of the sites a user may act on (own site, plus the subtree for coordinators and admins). */
  public Set<Long> actionableSiteIds(CurrentUser user) {
    Site own = get(user.siteId());
    Set<Long> ids = new LinkedHashSet<>();
    ids.add(own.id());
    if (user.reachesSubtree()) {
      sites.subtree(own).forEach(site -> ids.add(site.id()));
    }
    return ids;
  }

  /** The site and the sites above it, root first. */
  public List<Site> ancestorChain(long siteId) {
    return cache.get(new SiteCache.Key("chain", siteId), () -> sites.ancestorsOf(get(siteId)));
  }

  /** The windows of every site the user may act on (a coordinator's subtree). */
  public List<Window> windowsWithin(CurrentUser user) {
    return sites.windowsAt(actionableSiteIds(user));
  }

  /** Every window of the deployment, for cluster-wide scans. */
  public List<Window> allWindows() {
    return sites.allWindows();
  }

  /** The enabled and disabled windows of one site. */
  public List<Window> windowsAt(long siteId) {
    return cache.get(new SiteCache.Key("windowsAt", siteId), () -> sites.windowsAt(List.of(siteId)));
  }

  public List<Department> departments() {
    return sites.departments();
  }

  /** Windows at the user's site and above it, and for coordinators and admins those below it. */
  public List<Window> visibleWindows(CurrentUser user) {
    Site own = get(user.siteId());
    Set<Long> ids = new LinkedHashSet<>();
    sites.ancestorsOf(own).forEach(site -> ids.add(site.id()));
    ids.addAll(actionableSiteIds(user));
    return sites.windowsAt(ids);
  }

  public Window getWindow(long id) {
    Optional<Window> window = cache.get(new SiteCache.Key("window", id), () -> sites.findWindow(id));
    return window.orElseThrow(() -> ApiException.notFound("window " + id));
  }

  @Transactional
  public Site create(NewSite site) {
    changed();
    if (sites.codeTaken(site.code(), null)) {
      throw ApiException.invalidField("code", "duplicate", "site code already used");
    }
    String parentPath = "/";
    if (site.parentId() == null) {
      if (site.tier() != SiteTier.DISTRICT) {
        throw ApiException.invalidField("parentId", "required", "only a district has no parent");
      }
    } else {
      Site parent = sites.find(site.parentId())
          .orElseThrow(() -> ApiException.invalidField("parentId", "not-found", "no such site"));
      if (parent.tier().childTier() != site.tier()) {
        throw ApiException.invalidField("tier", "tier-mismatch", "tier must be one below the parent's");
      }
      parentPath = parent.path();
    }
    return fresh(sites.insert(site, parentPath));
  }

  @Transactional
  public Site update(long id, SiteChange change) {
    changed();
    get(id);
    if (sites.codeTaken(change.code(), id)) {
      throw ApiException.invalidField("code", "duplicate", "site code already used");
    }
    sites.update(id, change);
    return fresh(id);
  }

  @Transactional
  public Window createWindow(NewWindow window) {
    changed();
    get(window.siteId());
    checkWindow(window.siteId(), window.departmentCode(), window.comprehensive(), null);
    return freshWindow(sites.insertWindow(normalised(window)));
  }

  @Transactional
  public Window updateWindow(long id, WindowChange change) {
    changed();
    Window existing = getWindow(id);
    checkWindow(existing.siteId(), change.departmentCode(), change.comprehensive(), id);
    sites.updateWindow(id, new WindowChange(change.name(),
        change.comprehensive() ? null : change.departmentCode(), change.comprehensive(), change.enabled()));
    return freshWindow(id);
  }

  /** Reads past the cache: writes answer with what they wrote, not with what was cached. */
  private Site fresh(long id) {
    return sites.find(id).orElseThrow(() -> ApiException.notFound("site " + id));
  }

  private Window freshWindow(long id) {
    return sites.findWindow(id).orElseThrow(() -> ApiException.notFound("window " + id));
  }

  /**
   * Clears the cache now and again when the transaction ends, so that neither another request
   * nor this one caches a value that is about to change or be rolled back.
   */
  private void changed() {
    cache.clear();
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          cache.clear();
        }
      });
    }
  }

  private void checkWindow(long siteId, String departmentCode, boolean comprehensive, Long exceptId) {
    if (!comprehensive) {
      if (departmentCode == null || departmentCode.isBlank()) {
        throw ApiException.invalidField("departmentCode", "NotBlank", "a department window needs a department");
      }
      if (!sites.departmentExists(departmentCode)) {
        throw ApiException.invalidField("departmentCode", "not-found", "no such department");
      }
    }
    if (sites.windowExists(siteId, departmentCode, comprehensive, exceptId)) {
      throw ApiException.invalidField(comprehensive ? "comprehensive" : "departmentCode", "duplicate",
          "this site already has that window");
    }
  }

  private static NewWindow normalised(NewWindow window) {
    return window.comprehensive()
        ? new NewWindow(window.name(), window.siteId(), null, true)
        : window;
  }

  /** Children are built before their parent: a child's path is always longer than its parent's. */
  private static List<SiteNode> tree(Iterable<Site> visible) {
    Map<Long, List<SiteNode>> children = new LinkedHashMap<>();
    Map<Long, Site> byId = new LinkedHashMap<>();
    visible.forEach(site -> byId.put(site.id(), site));
    List<Site> deepestFirst = new ArrayList<>(byId.values());
    deepestFirst.sort((a, b) -> Integer.compare(b.path().length(), a.path().length()));
    Map<Long, SiteNode> nodes = new LinkedHashMap<>();
    for (Site site : deepestFirst) {
      List<SiteNode> own = new ArrayList<>(children.getOrDefault(site.id(), List.of()));
      own.sort(java.util.Comparator.comparing(SiteNode::code));
      SiteNode node = new SiteNode(site.id(), site.code(), site.name(), site.tier(), site.parentId(),
          site.enabled(), List.copyOf(own));
      nodes.put(site.id(), node);
      if (site.parentId() != null && byId.containsKey(site.parentId())) {
        children.computeIfAbsent(site.parentId(), k -> new ArrayList<>()).add(node);
      }
    }
    return byId.values().stream()
        .filter(site -> site.parentId() == null || !byId.containsKey(site.parentId()))
        .map(site -> nodes.get(site.id()))
        .toList();
  }
}
