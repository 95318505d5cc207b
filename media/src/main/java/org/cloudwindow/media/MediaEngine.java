package org.cloudwindow.media;

import java.util.List;

/**
 * The media plane behind every call. A room per call; participants are admitted by the
 * application (which decides who may join) and then exchange signals through the engine.
 * The peer-to-peer engine relays offers, answers and candidates between browsers; a media-server
 * engine (Kurento) answers offers itself, with its listeners attached before it processes an
 * offer and candidates gathered after the answer is sent, and releases its pipeline on every exit.
 */
public interface MediaEngine {

  /** Opens a room; opening an open room again changes nothing. */
  void open(String roomId);

  /** Admits a participant (again after a page reload: the same id replaces the old session). */
  void admit(String roomId, Participant participant);

  /** The participant leaves; the room stays open for the others. */
  void leave(String roomId, String participantId);

  /**
   * Handles a signal from a participant of the room; what must be delivered is passed to the
   * listeners. Throws {@link MediaException} for unknown rooms, non-participants and bad signals,
   * and leaves the room as it was.
   */
  void signal(String roomId, String from, Signal signal);

  void startRecording(String roomId, String by);

  void stopRecording(String roomId, String by);

  boolean recording(String roomId);

  List<Participant> participants(String roomId);

  /** Closes the room: everyone leaves and recording stops. */
  void close(String roomId);

  void addListener(MediaListener listener);
}
