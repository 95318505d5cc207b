package org.cloudwindow.server.consult;

import java.util.regex.Pattern;
import org.cloudwindow.server.identity.CurrentUser;
import org.cloudwindow.server.site.SiteService;
import org.cloudwindow.server.web.IdTopicPolicy;
import org.springframework.stereotype.Component;

/**
 * A site's consultation requests, {@code /topic/board/{siteId}/consultations}, are for the same
 * people as its board: coordinators and admins of that site or above it. A topic of their own
 * rather than the board's: board clients that know only windows and alerts keep working.
 */
@Component
class ConsultSubscriptions extends IdTopicPolicy {

  private final SiteService sites;

  ConsultSubscriptions(SiteService sites) {
    super(Pattern.compile("^/topic/board/(\\d{1,18})/consultations$"));
    this.sites = sites;
  }

  @Override
  protected boolean allows(CurrentUser user, long siteId) {
    return ConsultAccess.isCoordinator(user) && sites.mayActOn(user, siteId);
  }
}
