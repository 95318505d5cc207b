package org.cloudwindow.server.web;

import org.cloudwindow.server.identity.CurrentUser;

/**
 * Who may subscribe to a STOMP topic. Each feature that publishes topics provides one; a
 * subscription that no policy covers is refused, so a new topic is private until its feature
 * says otherwise. {@code /user/...} destinations are always the subscriber's own.
 */
public interface SubscriptionPolicy {

  boolean covers(String destination);

  boolean allows(CurrentUser user, String destination);
}
