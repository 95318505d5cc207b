package org.cloudwindow.server.board;

import java.util.regex.Pattern;
import org.cloudwindow.server.identity.CurrentUser;
import org.cloudwindow.server.identity.Role;
import org.cloudwindow.server.site.SiteService;
import org.cloudwindow.server.web.IdTopicPolicy;
import org.springframework.stereotype.Component;

/** A site's board is for coordinators and admins of that site or above it. */
@Component
class BoardSubscriptions extends IdTopicPolicy {

  private final SiteService sites;

  BoardSubscriptions(SiteService sites) {
    super(Pattern.compile("^/topic/board/(\\d{1,18})$"));
    this.sites = sites;
  }

  @Override
  protected boolean allows(CurrentUser user, long siteId) {
    return (user.has(Role.COORDINATOR) || user.has(Role.ADMIN)) && sites.mayActOn(user, siteId);
  }
}
