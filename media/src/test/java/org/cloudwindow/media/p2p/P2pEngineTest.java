package org.cloudwindow.media.p2p;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.cloudwindow.media.MediaException;
import org.cloudwindow.media.MediaException.Reason;
import org.cloudwindow.media.MediaListener;
import org.cloudwindow.media.Participant;
import org.cloudwindow.media.Signal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class P2pEngineTest {

  private static final String SDP = "v=0\r\no=- 46117 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=video 9 UDP/TLS/RTP/SAVPF 96\r\n";
  private static final Participant WORKER = new Participant("7", "WORKER", false);
  private static final Participant CLERK = new Participant("3", "CLERK", true);

  private final List<String> events = new ArrayList<>();
  private P2pEngine engine;

  @BeforeEach
  void setUp() {
    engine = new P2pEngine(Clock.fixed(Instant.parse("2026-11-21T08:00:00Z"), ZoneOffset.UTC));
    engine.addListener(new MediaListener() {
      @Override
      public void deliver(String roomId, String from, Signal signal) {
        events.add(roomId + ":" + from + "->" + signal.to() + ":" + signal.getClass().getSimpleName());
      }

      @Override
      public void joined(String roomId, Participant participant, Instant at) {
        events.add("joined " + participant.id());
      }

      @Override
      public void left(String roomId, Participant participant, Instant at) {
        events.add("left " + participant.id());
      }

      @Override
      public void recordingStarted(String roomId, String by, Instant at) {
        events.add("recording by " + by);
      }

      @Override
      public void closed(String roomId, Instant at) {
        events.add("closed " + roomId);
      }
    });
    engine.open("call-1");
    engine.admit("call-1", WORKER);
    engine.admit("call-1", CLERK);
    events.clear();
  }

  @Test
  void relaysOffersAnswersAndCandidatesBetweenParticipants() {
    engine.signal("call-1", "3", new Signal.Offer("7", SDP));
    engine.signal("call-1", "7", new Signal.Answer("3", SDP));
    engine.signal("call-1", "7", new Signal.Candidate("3", "candidate:1 1 udp 2122260223 127.0.0.1 50000 typ host", "0", 0));
    engine.signal("call-1", "7", new Signal.Candidate("3", "", "0", 0)); // end of candidates

    assertThat(events).containsExactly("call-1:3->7:Offer", "call-1:7->3:Answer", "call-1:7->3:Candidate",
        "call-1:7->3:Candidate");
  }

  @Test
  void refusesStrangersBadSignalsAndOtherRoomsWithoutSideEffects() {
    engine.open("call-2");
    engine.admit("call-2", new Participant("9", "WORKER", false));
    events.clear();

    assertReason(() -> engine.signal("call-1", "9", new Signal.Offer("7", SDP)), Reason.NOT_A_PARTICIPANT);
    assertReason(() -> engine.signal("call-1", "3", new Signal.Offer("9", SDP)), Reason.TARGET_NOT_IN_ROOM);
    assertReason(() -> engine.signal("call-1", "3", new Signal.Offer("3", SDP)), Reason.TARGET_NOT_IN_ROOM);
    assertReason(() -> engine.signal("call-1", "3", new Signal.Offer("7", "hello")), Reason.INVALID_SIGNAL);
    assertReason(() -> engine.signal("call-1", "3", new Signal.Offer("7", SDP + "a".repeat(Signal.MAX_SDP_LENGTH))),
        Reason.INVALID_SIGNAL);
    assertReason(() -> engine.signal("call-1", "3", new Signal.Candidate("7", "<script>", "0", 0)), Reason.INVALID_SIGNAL);
    assertReason(() -> engine.signal("nowhere", "3", new Signal.Hangup("7")), Reason.ROOM_NOT_FOUND);

    assertThat(events).isEmpty();
    engine.signal("call-2", "9", new Signal.Hangup(""));
    assertThat(engine.participants("call-1")).extracting(Participant::id).containsExactly("7", "3");
  }

  @Test
  void aHangupToEveryoneReachesEachOtherParticipant() {
    engine.admit("call-1", new Participant("11", "EXPERT", false));
    events.clear();
    engine.signal("call-1", "3", new Signal.Hangup(""));
    assertThat(events).containsExactlyInAnyOrder("call-1:3->7:Hangup", "call-1:3->11:Hangup");
  }

  @Test
  void aMeshTakesAtMostSixAndARejoinReplacesTheOldSession() {
    for (int i = 0; i < 4; i++) {
      engine.admit("call-1", new Participant("e" + i, "EXPERT", false));
    }
    assertReason(() -> engine.admit("call-1", new Participant("e9", "EXPERT", false)), Reason.ROOM_FULL);
    engine.admit("call-1", WORKER); // the tablet reloaded its page
    assertThat(engine.participants("call-1")).hasSize(P2pEngine.MAX_PARTICIPANTS);

    engine.leave("call-1", "e0");
    engine.admit("call-1", new Participant("e9", "EXPERT", false));
    assertThat(events).contains("left e0", "joined e9");
  }

  @Test
  void onlyTheClerkRecordsAndClosingEndsEverything() {
    assertReason(() -> engine.startRecording("call-1", "7"), Reason.NOT_ALLOWED_TO_RECORD);
    engine.startRecording("call-1", "3");
    assertThat(engine.recording("call-1")).isTrue();
    assertReason(() -> engine.startRecording("call-1", "3"), Reason.RECORDING_STATE);

    engine.close("call-1");
    assertThat(events).containsExactly("recording by 3", "closed call-1");
    assertReason(() -> engine.participants("call-1"), Reason.ROOM_NOT_FOUND);
    engine.close("call-1"); // closing twice is harmless
  }

  private static void assertReason(Runnable action, Reason reason) {
    assertThatThrownBy(action::run).isInstanceOfSatisfying(MediaException.class,
        e -> assertThat(e.reason()).isEqualTo(reason));
  }
}
