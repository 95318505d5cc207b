package org.cloudwindow.server.casework;

/** How the applicant receives the result of a concluded case. */
public enum Delivery {
  /** Collected at the community point. */
  PICKUP,
  POST,
  ELECTRONIC
}
