package org.cloudwindow.server.call;

/** RINGING until both sides connect, CONNECTED, then ENDED with a reason. */
public enum CallState {
  RINGING,
  CONNECTED,
  ENDED
}
