package org.cloudwindow.server.casework;

import java.util.EnumSet;
import java.util.Set;
import org.cloudwindow.server.identity.CurrentUser;
import org.cloudwindow.server.identity.Role;
import org.cloudwindow.server.queue.QueueService;
import org.cloudwindow.server.site.SiteService;
import org.cloudwindow.server.web.ApiException;
import org.springframework.stereotype.Component;

/**
 * How a user stands to a case, which decides what they may see and do: its worker and the clerks
 * of its window work on it; coordinators above its point or window follow it read-only.
 */
@Component
class CaseAccess {

  enum Relation {
    /** The community worker who took the ticket (the applicant's side of the call). */
    WORKER,
    /** A clerk entitled to, or on duty at, the window that answered the ticket. */
    WINDOW_CLERK,
    /** A clerk of the district window that reviews the case (two-level matters, after prelim-review). */
    REVIEW_CLERK,
    /** A coordinator or admin whose subtree holds the case's point or window. */
    COORDINATOR
  }

  private final QueueService queue;
  private final SiteService sites;

  CaseAccess(QueueService queue, SiteService sites) {
    this.queue = queue;
    this.sites = sites;
  }

  Set<Relation> relations(CurrentUser user, CaseRecord found) {
    Set<Relation> relations = EnumSet.noneOf(Relation.class);
    if (user.id() == found.workerId()) {
      relations.add(Relation.WORKER);
    }
    if (user.has(Role.CLERK) && queue.servesWindow(user.id(), found.windowId())) {
      relations.add(Relation.WINDOW_CLERK);
    }
    Long review = found.reviewWindowId();
    if (review != null && user.has(Role.CLERK) && queue.servesWindow(user.id(), review)) {
      relations.add(Relation.REVIEW_CLERK);
    }
    if (user.reachesSubtree() && (sites.mayActOn(user, found.workerSiteId())
        || sites.mayActOn(user, sites.getWindow(found.windowId()).siteId()))) {
      relations.add(Relation.COORDINATOR);
    }
    return relations;
  }

  /** Those who work on the case: its worker and the clerks of its window. */
  boolean mayEdit(CurrentUser user, CaseRecord found) {
    Set<Relation> relations = relations(user, found);
    return relations.contains(Relation.WORKER) || relations.contains(Relation.WINDOW_CLERK);
  }

  void requireEdit(CurrentUser user, CaseRecord found) {
    if (!mayEdit(user, found)) {
      throw ApiException.forbidden();
    }
  }

  /** Clerks of the window only: the highlight draws the worker's eye to a field. */
  void requireWindowClerk(CurrentUser user, CaseRecord found) {
    if (!relations(user, found).contains(Relation.WINDOW_CLERK)) {
      throw ApiException.forbidden();
    }
  }
}
