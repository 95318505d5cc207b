package org.cloudwindow.server.casework;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cloudwindow.server.identity.CurrentUser;
import org.cloudwindow.server.web.SubscriptionPolicy;
import org.springframework.stereotype.Component;

/**
 * A case's live updates (materials checked, form edits) carry personal data: only those who may
 * open the case may follow {@code /topic/cases/{id}}.
 */
@Component
class CaseSubscriptions implements SubscriptionPolicy {

  private static final Pattern CASE = Pattern.compile("^/topic/cases/(\\d{1,18})$");

  private final CaseService cases;

  CaseSubscriptions(CaseService cases) {
    this.cases = cases;
  }

  @Override
  public boolean covers(String destination) {
    return CASE.matcher(destination).matches();
  }

  @Override
  public boolean allows(CurrentUser user, String destination) {
    Matcher matcher = CASE.matcher(destination);
    return matcher.matches() && cases.mayAccess(user, Long.parseLong(matcher.group(1)));
  }
}
