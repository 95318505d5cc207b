package org.cloudwindow.server.consult;

/**
 * OPEN until an expert accepts, ANSWERED then, CONCLUDED by the clerk; CANCELLED when its call
 * ended before any expert accepted.
 */
public enum ConsultationState {
  OPEN,
  ANSWERED,
  CONCLUDED,
  CANCELLED;

  boolean live() {
    return this == OPEN || this == ANSWERED;
  }
}
