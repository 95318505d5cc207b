package org.cloudwindow.server.casework;

import java.util.Set;
import org.cloudwindow.server.identity.Role;

/** The one role a screen shows next to a person on a case (presence, timeline). */
final class Roles {

  private static final Role[] ORDER = {Role.CLERK, Role.COMMUNITY_WORKER, Role.COORDINATOR, Role.EXPERT, Role.ADMIN};

  private Roles() {}

  static String main(Set<Role> roles) {
    for (Role role : ORDER) {
      if (roles.contains(role)) {
        return role.name();
      }
    }
    return "";
  }
}
