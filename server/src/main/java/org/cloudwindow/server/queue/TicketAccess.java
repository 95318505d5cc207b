package org.cloudwindow.server.queue;

import org.cloudwindow.server.identity.CurrentUser;
import org.cloudwindow.server.identity.Role;
import org.cloudwindow.server.site.SiteService;
import org.cloudwindow.server.web.ApiException;
import org.springframework.stereotype.Component;

/**
 * Who may see and move which tickets. The worker who took a ticket and the clerk holding it see
 * the applicant in full; everyone else sees applicants masked, and workers never see a window's
 * whole queue (other residents' data).
 */
@Component
class TicketAccess {

  private final DutyRepository duty;
  private final SiteService sites;

  TicketAccess(DutyRepository duty, SiteService sites) {
    this.duty = duty;
    this.sites = sites;
  }

  boolean mayWatchWindow(CurrentUser user, long windowId) {
    if (user.has(Role.CLERK) && (duty.entitled(user.id(), windowId) || duty.onDuty(user.id(), windowId))) {
      return true;
    }
    return user.reachesSubtree() && sites.mayActOn(user, sites.getWindow(windowId).siteId());
  }

  void requireWindowQueue(CurrentUser user, long windowId) {
    if (!mayWatchWindow(user, windowId)) {
      throw ApiException.forbidden();
    }
  }

  void requireView(CurrentUser user, TicketRow ticket) {
    if (ticket.workerId() != user.id() && !holds(user, ticket) && !mayWatchWindow(user, ticket.windowId())) {
      throw ApiException.forbidden();
    }
  }

  boolean seesApplicant(CurrentUser user, TicketRow ticket) {
    return ticket.workerId() == user.id() || holds(user, ticket);
  }

  void requireTransfer(CurrentUser user, TicketRow ticket) {
    boolean clerkHere = user.has(Role.CLERK) && duty.onDuty(user.id(), ticket.windowId());
    boolean coordinator = user.has(Role.COORDINATOR) && sites.mayActOn(user, sites.getWindow(ticket.windowId()).siteId());
    if (!holds(user, ticket) && !clerkHere && !coordinator) {
      throw ApiException.forbidden();
    }
  }

  private static boolean holds(CurrentUser user, TicketRow ticket) {
    return ticket.clerkId() != null && ticket.clerkId() == user.id();
  }
}
