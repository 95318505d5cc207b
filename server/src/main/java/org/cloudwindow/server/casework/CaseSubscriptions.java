package org.cloudwindow.server.casework;

import java.util.regex.Pattern;
import org.cloudwindow.server.identity.CurrentUser;
import org.cloudwindow.server.web.IdTopicPolicy;
import org.springframework.stereotype.Component;

/**
 * A case's live updates (materials checked, form edits) carry personal data: only those who may
 * open the case may follow {@code /topic/cases/{id}}.
 */
@Component
class CaseSubscriptions extends IdTopicPolicy {

  private final CaseService cases;

  CaseSubscriptions(CaseService cases) {
    super(Pattern.compile("^/topic/cases/(\\d{1,18})$"));
    this.cases = cases;
  }

  @Override
  protected boolean allows(CurrentUser user, long caseId) {
    return cases.mayAccess(user, caseId);
  }
}
