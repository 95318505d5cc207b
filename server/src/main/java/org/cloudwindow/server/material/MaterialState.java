package org.cloudwindow.server.material;

/**
 * Where one version of a slot's material stands. WITHDRAWN: every page was removed before the
 * clerk checked it; it is kept for the audit trail only.
 */
public enum MaterialState {
  UPLOADED,
  VERIFIED,
  REJECTED,
  WITHDRAWN
}
