package org.cloudwindow.server.identity;

/** What a user may do; where they may do it is bounded by their site. */
public enum Role {
  COMMUNITY_WORKER,
  CLERK,
  COORDINATOR,
  EXPERT,
  ADMIN;

  /** The Spring Security authority name. */
  public String authority() {
    return "ROLE_" + name();
  }

  /** Coordinators and admins act on their site's whole subtree, everyone else on their own site. */
  public boolean reachesSubtree() {
    return this == COORDINATOR || this == ADMIN;
  }
}
