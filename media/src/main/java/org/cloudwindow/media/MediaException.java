package org.cloudwindow.media;

/** A refused media operation, with a reason callers can map to an error for the user. */
public final class MediaException extends RuntimeException {

  /** Why an operation was refused. */
  public enum Reason {
    ROOM_NOT_FOUND,
    ROOM_CLOSED,
    ROOM_FULL,
    NOT_A_PARTICIPANT,
    TARGET_NOT_IN_ROOM,
    INVALID_SIGNAL,
    NOT_ALLOWED_TO_RECORD,
    RECORDING_STATE
  }

  private final Reason reason;

  public MediaException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
