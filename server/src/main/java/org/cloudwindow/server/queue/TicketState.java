package org.cloudwindow.server.queue;

/** Where a ticket stands. WAITING, CALLED and SERVING are active; the others are final. */
public enum TicketState {
  WAITING,
  CALLED,
  SERVING,
  DONE,
  WITHDRAWN,
  NO_SHOW,
  EXPIRED;

  public boolean active() {
    return this == WAITING || this == CALLED || this == SERVING;
  }
}
