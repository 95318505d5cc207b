package org.cloudwindow.server.call;

import org.cloudwindow.media.Signal;
import org.jspecify.annotations.Nullable;

/**
 * A signal on the wire, both ways: browsers send it to {@code /app/calls/{id}/signal} and receive
 * it on {@code /user/queue/signal} with {@code callId}, {@code from} and the sender's join
 * {@code session} filled in (a new session means the sender's page was reloaded).
 *
 * @param type offer, answer, candidate or hangup
 */
record SignalMessage(@Nullable String callId, @Nullable String from, String type, @Nullable String to,
    @Nullable String sdp, @Nullable String candidate, @Nullable String sdpMid, @Nullable Integer sdpMLineIndex,
    @Nullable String session) {

  /** The media signal this message carries; unknown types are refused. */
  Signal toSignal() {
    String target = to == null ? "" : to;
    return switch (type == null ? "" : type) {
      case "offer" -> new Signal.Offer(target, sdp);
      case "answer" -> new Signal.Answer(target, sdp);
      case "candidate" -> new Signal.Candidate(target, candidate, sdpMid, sdpMLineIndex == null ? 0 : sdpMLineIndex);
      case "hangup" -> new Signal.Hangup(target);
      default -> throw new IllegalArgumentException("unknown signal type " + type);
    };
  }

  static SignalMessage outbound(String callId, String from, @Nullable String session, Signal signal) {
    if (signal instanceof Signal.Offer offer) {
      return new SignalMessage(callId, from, "offer", offer.to(), offer.sdp(), null, null, null, session);
    }
    if (signal instanceof Signal.Answer answer) {
      return new SignalMessage(callId, from, "answer", answer.to(), answer.sdp(), null, null, null, session);
    }
    if (signal instanceof Signal.Candidate c) {
      return new SignalMessage(callId, from, "candidate", c.to(), null, c.candidate(), c.sdpMid(), c.sdpMLineIndex(), session);
    }
    return new SignalMessage(callId, from, "hangup", signal.to(), null, null, null, null, session);
  }
}
