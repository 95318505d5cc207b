package org.cloudwindow.server.consult;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cloudwindow.server.identity.CurrentUser;
import org.cloudwindow.server.site.SiteService;
import org.cloudwindow.server.web.SubscriptionPolicy;
import org.springframework.stereotype.Component;

/**
 * A site's consultation requests, {@code /topic/board/{siteId}/consultations}, are for the same
 * people as its board: coordinators and admins of that site or above it. A topic of their own
 * rather than the board's: board clients that know only windows and alerts keep working.
 */
@Component
class ConsultSubscriptions implements SubscriptionPolicy {

  private static final Pattern REQUESTS = Pattern.compile("^/topic/board/(\\d{1,18})/consultations$");

  private final SiteService sites;

  ConsultSubscriptions(SiteService sites) {
    this.sites = sites;
  }

  @Override
  public boolean covers(String destination) {
    return REQUESTS.matcher(destination).matches();
  }

  @Override
  public boolean allows(CurrentUser user, String destination) {
    Matcher matcher = REQUESTS.matcher(destination);
    return matcher.matches() && ConsultAccess.isCoordinator(user) && sites.mayActOn(user, Long.parseLong(matcher.group(1)));
  }
}
