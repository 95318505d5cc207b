package org.cloudwindow.server.queue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cloudwindow.server.identity.CurrentUser;
import org.cloudwindow.server.web.SubscriptionPolicy;
import org.springframework.stereotype.Component;

/**
 * Only clerks of a window and coordinators above it may watch its queue (masked applicants);
 * workers never. Any signed-in user may follow a window's numbers and places.
 */
@Component
class QueueSubscriptions implements SubscriptionPolicy {

  private static final Pattern WINDOW = Pattern.compile("^/topic/windows/(\\d+)$");
  private static final Pattern NUMBERS = Pattern.compile("^/topic/windows/\\d+/numbers$");

  private final TicketAccess access;

  QueueSubscriptions(TicketAccess access) {
    this.access = access;
  }

  @Override
  public boolean covers(String destination) {
    return WINDOW.matcher(destination).matches() || NUMBERS.matcher(destination).matches();
  }

  @Override
  public boolean allows(CurrentUser user, String destination) {
    if (NUMBERS.matcher(destination).matches()) {
      return true;
    }
    Matcher matcher = WINDOW.matcher(destination);
    return matcher.matches() && access.mayWatchWindow(user, Long.parseLong(matcher.group(1)));
  }
}
