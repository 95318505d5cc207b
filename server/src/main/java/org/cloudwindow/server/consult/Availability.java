package org.cloudwindow.server.consult;

/** Whether an expert can take a consultation now; the order is the order coordinators prefer. */
public enum Availability {
  AVAILABLE,
  BUSY,
  OFFLINE
}
