package org.cloudwindow.server.site;

/** The three tiers of service sites; a site's parent is always one tier up. */
public enum SiteTier {
  DISTRICT,
  TOWNSHIP,
  COMMUNITY;

  /** The tier a child of this tier must have, or null for the lowest tier. */
  public SiteTier childTier() {
    return switch (this) {
      case DISTRICT -> TOWNSHIP;
      case TOWNSHIP -> COMMUNITY;
      case COMMUNITY -> null;
    };
  }
}
