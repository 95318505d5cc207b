package org.cloudwindow.media.p2p;

import org.cloudwindow.media.MediaException;
import org.cloudwindow.media.MediaException.Reason;
import org.cloudwindow.media.Signal;

/**
 * Refuses signals a browser could not have produced before they reach another browser: empty or
 * oversized SDP, SDP that is not SDP, oversized or malformed candidates.
 */
final class SignalCheck {

  private SignalCheck() {}

  static void check(Signal signal) {
    if (signal.to() == null) {
      throw invalid("a signal needs a recipient");
    }
    // Java 17: no pattern matching in switch yet.
    if (signal instanceof Signal.Offer offer) {
      sdp(offer.sdp());
    } else if (signal instanceof Signal.Answer answer) {
      sdp(answer.sdp());
    } else if (signal instanceof Signal.Candidate candidate) {
      candidate(candidate);
    }
  }

  private static void sdp(String sdp) {
    if (sdp == null || sdp.length() > Signal.MAX_SDP_LENGTH) {
      throw invalid("SDP missing or over " + Signal.MAX_SDP_LENGTH + " characters");
    }
    // Every session description starts with its version line and names its origin (RFC 8866).
    if (!sdp.startsWith("v=0") || !sdp.contains("\no=") || !sdp.contains("\nm=")) {
      throw invalid("not a session description");
    }
  }

  private static void candidate(Signal.Candidate candidate) {
    String text = candidate.candidate();
    // An empty candidate is the browser's end-of-candidates marker and is passed on.
    if (text == null || text.length() > Signal.MAX_CANDIDATE_LENGTH
        || (!text.isEmpty() && !text.startsWith("candidate:"))) {
      throw invalid("not an ICE candidate");
    }
    if (candidate.sdpMLineIndex() < 0 || candidate.sdpMLineIndex() > 64) {
      throw invalid("m-line index out of range");
    }
  }

  private static MediaException invalid(String message) {
    return new MediaException(Reason.INVALID_SIGNAL, message);
  }
}
