package org.cloudwindow.server.casework;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cloudwindow.server.account.AccountService;
import org.cloudwindow.server.account.UserAccount;
import org.cloudwindow.server.identity.CurrentUser;
import org.cloudwindow.server.identity.Role;
import org.cloudwindow.server.queue.QueueService;
import org.cloudwindow.server.site.SiteService;
import org.cloudwindow.server.site.Window;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case lists by the user's scope (a worker: their point; a clerk: their windows, and for a
 * district clerk the two-level cases sent to their window for review; a coordinator: their
 * subtree) and a case's timeline for its participants.
 */
@Service
@Transactional(readOnly = true)
class CaseQueries {

  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 200;

  private final CaseListRepository lists;
  private final TimelineRepository timeline;
  private final CaseService cases;
  private final QueueService queue;
  private final SiteService sites;
  private final AccountService accounts;

  CaseQueries(CaseListRepository lists, TimelineRepository timeline, CaseService cases, QueueService queue,
      SiteService sites, AccountService accounts) {
    this.lists = lists;
    this.timeline = timeline;
    this.cases = cases;
    this.queue = queue;
    this.sites = sites;
    this.accounts = accounts;
  }

  List<CaseListItem> list(CurrentUser user, @Nullable CaseState state, @Nullable Integer limit) {
    Set<Long> points = new LinkedHashSet<>();
    Set<Long> windows = new LinkedHashSet<>();
    if (user.has(Role.COMMUNITY_WORKER)) {
      points.add(user.siteId());
    }
    if (user.has(Role.CLERK)) {
      queue.dutyOf(user).windows().forEach(w -> windows.add(w.id()));
    }
    if (user.reachesSubtree()) {
      points.addAll(sites.actionableSiteIds(user));
      sites.windowsWithin(user).stream().map(Window::id).forEach(windows::add);
    }
    int clamped = limit == null ? DEFAULT_LIMIT : Math.max(1, Math.min(MAX_LIMIT, limit));
    return lists.list(points, windows, state, clamped);
  }

  List<TimelineEntry> timeline(CurrentUser user, long caseId) {
    cases.get(user, caseId);
    Map<Long, TimelineEntry.Actor> actors = new HashMap<>();
    return timeline.ofCase(caseId).stream().map(e -> new TimelineEntry(e.id(), e.at(),
        e.actorId() == null ? null : actors.computeIfAbsent(e.actorId(), this::actor), e.kind(), e.fromState(),
        e.toState(), e.reason(), e.changes(), e.detail())).toList();
  }

  private TimelineEntry.Actor actor(long id) {
    UserAccount account = accounts.get(id);
    return new TimelineEntry.Actor(id, account.displayName(), Roles.main(account.roles()));
  }
}
