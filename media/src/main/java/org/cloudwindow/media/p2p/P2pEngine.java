package org.cloudwindow.media.p2p;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.cloudwindow.media.MediaEngine;
import org.cloudwindow.media.MediaException;
import org.cloudwindow.media.MediaException.Reason;
import org.cloudwindow.media.MediaListener;
import org.cloudwindow.media.Participant;
import org.cloudwindow.media.Signal;

/**
 * Peer-to-peer media: browsers connect to each other (a mesh of at most {@link #MAX_PARTICIPANTS})
 * and record in the clerk's browser. The engine never touches media; it admits participants and
 * relays their signals, only between participants of the same room, after checking them.
 */
public final class P2pEngine implements MediaEngine {

  /** A tablet's uplink carries one outgoing stream per other participant in a mesh. */
  public static final int MAX_PARTICIPANTS = 6;

  private final Map<String, Room> rooms = new ConcurrentHashMap<>();
  private final List<MediaListener> listeners = new CopyOnWriteArrayList<>();
  private final Clock clock;

  public P2pEngine(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void addListener(MediaListener listener) {
    listeners.add(listener);
  }

  @Override
  public void open(String roomId) {
    rooms.computeIfAbsent(roomId, id -> new Room());
  }

  @Override
  public void admit(String roomId, Participant participant) {
    Room room = room(roomId);
    synchronized (room) {
      if (!room.participants.containsKey(participant.id()) && room.participants.size() >= MAX_PARTICIPANTS) {
        throw new MediaException(Reason.ROOM_FULL, "room " + roomId + " already has " + MAX_PARTICIPANTS);
      }
      room.participants.put(participant.id(), participant);
    }
    listeners.forEach(l -> l.joined(roomId, participant, clock.instant()));
  }

  @Override
  public void leave(String roomId, String participantId) {
    Room room = rooms.get(roomId);
    if (room == null) {
      return;
    }
    Participant left;
    synchronized (room) {
      left = room.participants.remove(participantId);
    }
    if (left != null) {
      listeners.forEach(l -> l.left(roomId, left, clock.instant()));
    }
  }

  @Override
  public void signal(String roomId, String from, Signal signal) {
    Room room = room(roomId);
    List<String> present = room.ids();
    if (!present.contains(from)) {
      throw new MediaException(Reason.NOT_A_PARTICIPANT, from + " is not in room " + roomId);
    }
    SignalCheck.check(signal);
    if (signal instanceof Signal.Hangup hangup && hangup.to().isEmpty()) {
      for (String other : present) {
        if (!other.equals(from)) {
          deliver(roomId, from, new Signal.Hangup(other));
        }
      }
      return;
    }
    if (signal.to().equals(from) || !present.contains(signal.to())) {
      throw new MediaException(Reason.TARGET_NOT_IN_ROOM, signal.to() + " is not another participant of " + roomId);
    }
    deliver(roomId, from, signal);
  }

  @Override
  public void startRecording(String roomId, String by) {
    Room room = room(roomId);
    requireRecorder(room, roomId, by);
    synchronized (room) {
      if (room.recording) {
        throw new MediaException(Reason.RECORDING_STATE, "room " + roomId + " is already recording");
      }
      room.recording = true;
    }
    listeners.forEach(l -> l.recordingStarted(roomId, by, clock.instant()));
  }

  @Override
  public void stopRecording(String roomId, String by) {
    Room room = room(roomId);
    requireRecorder(room, roomId, by);
    synchronized (room) {
      if (!room.recording) {
        throw new MediaException(Reason.RECORDING_STATE, "room " + roomId + " is not recording");
      }
      room.recording = false;
    }
    listeners.forEach(l -> l.recordingStopped(roomId, by, clock.instant()));
  }

  @Override
  public boolean recording(String roomId) {
    return room(roomId).recording;
  }

  @Override
  public List<Participant> participants(String roomId) {
    Room room = room(roomId);
    synchronized (room) {
      return List.copyOf(room.participants.values());
    }
  }

  @Override
  public void close(String roomId) {
    Room room = rooms.remove(roomId);
    if (room == null) {
      return;
    }
    synchronized (room) {
      room.participants.clear();
      room.recording = false;
    }
    listeners.forEach(l -> l.closed(roomId, clock.instant()));
  }

  private void deliver(String roomId, String from, Signal signal) {
    listeners.forEach(l -> l.deliver(roomId, from, signal));
  }

  private Room room(String roomId) {
    Room room = rooms.get(roomId);
    if (room == null) {
      throw new MediaException(Reason.ROOM_NOT_FOUND, "no open room " + roomId);
    }
    return room;
  }

  private static void requireRecorder(Room room, String roomId, String by) {
    Participant participant;
    synchronized (room) {
      participant = room.participants.get(by);
    }
    if (participant == null || !participant.mayRecord()) {
      throw new MediaException(Reason.NOT_ALLOWED_TO_RECORD, by + " may not record in " + roomId);
    }
  }

  /**
   * A room's participants in joining order, and whether its recording runs. The map is only
   * touched while holding the room's lock.
   */
  private static final class Room {
    final Map<String, Participant> participants = new java.util.LinkedHashMap<>();
    volatile boolean recording;

    synchronized List<String> ids() {
      return List.copyOf(participants.keySet());
    }
  }
}
