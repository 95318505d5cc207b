package org.cloudwindow.server.identity;

import java.io.Serializable;
import java.security.Principal;
import java.util.Set;

/**
 * The signed-in user, as kept in the session. Holds no password and no personal data beyond the
 * display name, so it can be logged and serialised safely.
 */
public record CurrentUser(long id, String username, String displayName, long siteId, Set<Role> roles)
    implements Principal, Serializable {

  public CurrentUser {
    roles = Set.copyOf(roles);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public boolean reachesSubtree() {
    return roles.stream().anyMatch(Role::reachesSubtree);
  }

  @Override
  public String getName() {
    return username;
  }
}
