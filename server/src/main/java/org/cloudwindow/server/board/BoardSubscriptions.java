package org.cloudwindow.server.board;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cloudwindow.server.identity.CurrentUser;
import org.cloudwindow.server.identity.Role;
import org.cloudwindow.server.site.SiteService;
import org.cloudwindow.server.web.SubscriptionPolicy;
import org.springframework.stereotype.Component;

/** A site's board is for coordinators and admins of that site or above it. */
@Component
class BoardSubscriptions implements SubscriptionPolicy {

  private static final Pattern BOARD = Pattern.compile("^/topic/board/(\\d+)$");

  private final SiteService sites;

  BoardSubscriptions(SiteService sites) {
    this.sites = sites;
  }

  @Override
  public boolean covers(String destination) {
    return BOARD.matcher(destination).matches();
  }

  @Override
  public boolean allows(CurrentUser user, String destination) {
    Matcher matcher = BOARD.matcher(destination);
    return matcher.matches() && (user.has(Role.COORDINATOR) || user.has(Role.ADMIN))
        && sites.mayActOn(user, Long.parseLong(matcher.group(1)));
  }
}
