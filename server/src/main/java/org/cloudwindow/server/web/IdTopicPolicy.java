package org.cloudwindow.server.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cloudwindow.server.identity.CurrentUser;

/**
 * A {@link SubscriptionPolicy} for topics named by one id ({@code /topic/cases/{id}},
 * {@code /topic/board/{siteId}}, ...): the pattern's first group is the id, and the feature says
 * who may follow the thing with that id.
 */
public abstract class IdTopicPolicy implements SubscriptionPolicy {

  private final Pattern topic;

  /** @param topic a whole destination whose first group is the id, e.g. {@code ^/topic/cases/(\d{1,18})$} */
  protected IdTopicPolicy(Pattern topic) {
    this.topic = topic;
  }

  /** Whether the user may follow the topic of this id. */
  protected abstract boolean allows(CurrentUser user, long id);

  @Override
  public final boolean covers(String destination) {
    return topic.matcher(destination).matches();
  }

  @Override
  public final boolean allows(CurrentUser user, String destination) {
    Matcher matcher = topic.matcher(destination);
    return matcher.matches() && allows(user, Long.parseLong(matcher.group(1)));
  }
}
