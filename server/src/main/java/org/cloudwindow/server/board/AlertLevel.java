package org.cloudwindow.server.board;

/** How urgent a window's queue is; NONE below the yellow thresholds. */
public enum AlertLevel {
  NONE,
  YELLOW,
  RED
}
