package org.cloudwindow.server.consult;

import java.util.List;

/**
 * An expert of the pool.
 *
 * @param siteId the home site (the account's site): the expert serves it and every site below it
 * @param chosen what the expert set; {@code availability} is BUSY instead while they are in a call
 */
public record Expert(long userId, String displayName, long siteId, String siteName, List<String> tags,
    Availability availability, Availability chosen, boolean enabled) {

  public Expert {
    tags = List.copyOf(tags);
  }
}
