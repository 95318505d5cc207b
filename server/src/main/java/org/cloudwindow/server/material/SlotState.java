package org.cloudwindow.server.material;

/** A checklist slot's state: that of its current material, or MISSING without one. */
public enum SlotState {
  MISSING,
  UPLOADED,
  VERIFIED,
  REJECTED
}
