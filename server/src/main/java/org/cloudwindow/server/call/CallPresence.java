package org.cloudwindow.server.call;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Who is in which call from which page load, and whether their microphone and camera are on.
 * Kept in memory: after a restart the browsers rejoin with their sessions and fill it again.
 */
@Component
class CallPresence {

  /** A participant's page: its join session, media state, and the user's name for STOMP delivery. */
  record Entry(String username, String session, boolean audio, boolean video) {}

  private final Map<String, Map<Long, Entry>> calls = new ConcurrentHashMap<>();

  /** Returns whether this is a new page (a first join or a reload) rather than a rejoin. */
  boolean joined(String callId, long userId, String username, String session) {
    Map<Long, Entry> call = calls.computeIfAbsent(callId, id -> new ConcurrentHashMap<>());
    Entry before = call.get(userId);
    boolean fresh = before == null || !before.session().equals(session);
    if (fresh) {
      call.put(userId, new Entry(username, session, true, true));
    }
    return fresh;
  }

  Optional<Entry> of(String callId, long userId) {
    return Optional.ofNullable(calls.getOrDefault(callId, Map.of()).get(userId));
  }

  void media(String callId, long userId, boolean audio, boolean video) {
    calls.getOrDefault(callId, Map.of()).computeIfPresent(userId, (id, e) -> new Entry(e.username(), e.session(), audio, video));
  }

  void left(String callId, long userId) {
    calls.getOrDefault(callId, new ConcurrentHashMap<>()).remove(userId);
  }

  void ended(String callId) {
    calls.remove(callId);
  }
}
