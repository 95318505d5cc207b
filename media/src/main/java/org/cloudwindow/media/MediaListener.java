package org.cloudwindow.media;

import java.time.Instant;

/**
 * What an engine tells the application: signals to deliver and room events. Called on the thread
 * that caused the event; implementations must not block for long.
 */
public interface MediaListener {

  /** Deliver {@code signal} from {@code from} to participant {@code signal.to()} of the room. */
  void deliver(String roomId, String from, Signal signal);

  default void joined(String roomId, Participant participant, Instant at) {}

  default void left(String roomId, Participant participant, Instant at) {}

  default void recordingStarted(String roomId, String by, Instant at) {}

  default void recordingStopped(String roomId, String by, Instant at) {}

  default void closed(String roomId, Instant at) {}
}
