package org.cloudwindow.server.catalog;

/** Where a matter is decided, which decides the windows it is queued at and the case steps. */
public enum HandlingTier {
  /** Accepted and concluded at the township centre (e.g. 高龄津贴申领). */
  TOWNSHIP,
  /** Accepted and concluded by a district window. */
  DISTRICT,
  /** Accepted and pre-reviewed at the township, approved at the district (e.g. 丧葬补贴). */
  TWO_LEVEL
}
