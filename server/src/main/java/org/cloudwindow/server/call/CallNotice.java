package org.cloudwindow.server.call;

import org.jspecify.annotations.Nullable;

/**
 * Something happened in a call that every page in it must know, sent on {@code /user/queue/signal}
 * next to the signals: invited, joined, left, ended, recording, still, still-request, media.
 *
 * @param from the user id (as a string, like a signal's) who caused it
 * @param session that user's join session, so a page can tell a reload from a rejoin
 */
record CallNotice(String callId, String type, @Nullable String from, @Nullable String session,
    @Nullable String reason, @Nullable Boolean recording, @Nullable String stillId, @Nullable Boolean audio,
    @Nullable Boolean video) {

  static CallNotice joined(String callId, long userId, String session) {
    return new CallNotice(callId, "joined", String.valueOf(userId), session, null, null, null, null, null);
  }

  /** Someone was added to the call; {@code reason} carries their role in it. */
  static CallNotice invited(String callId, long userId, String role) {
    return new CallNotice(callId, "invited", String.valueOf(userId), null, role, null, null, null, null);
  }

  static CallNotice left(String callId, long userId) {
    return new CallNotice(callId, "left", String.valueOf(userId), null, null, null, null, null, null);
  }

  static CallNotice ended(String callId, @Nullable Long by, String reason) {
    return new CallNotice(callId, "ended", by == null ? null : String.valueOf(by), null, reason, null, null, null, null);
  }

  static CallNotice recording(String callId, long by, boolean recording) {
    return new CallNotice(callId, "recording", String.valueOf(by), null, null, recording, null, null, null);
  }

  static CallNotice still(String callId, long by, String stillId) {
    return new CallNotice(callId, "still", String.valueOf(by), null, null, null, stillId, null, null);
  }

  static CallNotice stillRequest(String callId, long by) {
    return new CallNotice(callId, "still-request", String.valueOf(by), null, null, null, null, null, null);
  }

  static CallNotice media(String callId, long userId, boolean audio, boolean video) {
    return new CallNotice(callId, "media", String.valueOf(userId), null, null, null, null, audio, video);
  }
}
