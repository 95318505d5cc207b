package org.cloudwindow.media;

/**
 * A signalling message between participants of a room. {@code to} names the participant it is
 * for; engines check it (a peer-to-peer engine forwards, a media-server engine answers itself).
 */
public sealed interface Signal {

  /** The largest SDP accepted; real offers with simulcast are a few KB. */
  int MAX_SDP_LENGTH = 64 * 1024;
  int MAX_CANDIDATE_LENGTH = 1024;

  String to();

  record Offer(String to, String sdp) implements Signal {}

  record Answer(String to, String sdp) implements Signal {}

  record Candidate(String to, String candidate, String sdpMid, int sdpMLineIndex) implements Signal {}

  /** The sender leaves the conversation with {@code to} (or the room, when {@code to} is empty). */
  record Hangup(String to) implements Signal {}
}
