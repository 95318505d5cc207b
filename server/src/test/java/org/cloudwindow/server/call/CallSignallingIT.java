package org.cloudwindow.server.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.cloudwindow.server.support.ApiClient;
import org.cloudwindow.server.support.CallFixture;
import org.cloudwindow.server.support.IntegrationTest;
import org.cloudwindow.server.support.StompTestClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Signalling between the two browsers of a call, over real STOMP clients. */
@IntegrationTest
class CallSignallingIT {

  private static final String SDP = "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\n";

  @LocalServerPort
  int port;

  @Test
  void aPageJoinsOverItsStompConnectionAndOnlyItHearsTheAnswer() throws Exception {
    var call = new CallFixture(port, "worker-gulin", "clerk-gulin", 951);
    var stranger = new ApiClient(port).signedInAs("worker-shiqi");
    try (var clerkStomp = StompTestClient.connect(port, call.clerk);
        var workerStomp = StompTestClient.connect(port, call.worker);
        var strangerStomp = StompTestClient.connect(port, stranger)) {
      var clerkSignals = clerkStomp.subscribe("/user/queue/signal");
      var workerSignals = workerStomp.subscribe("/user/queue/signal");
      var strangerErrors = strangerStomp.subscribe("/user/queue/errors");
      Thread.sleep(300);
      call.join(call.clerk, "clerk-page-1");

      workerStomp.send("/app/calls/" + call.callId + "/join", Map.of("session", "worker-page-1"));
      JsonNode answer = StompTestClient.await(workerSignals, m -> m.path("type").asString().equals("join-answer"), 5_000);
      assertThat(answer.path("callId").asString()).isEqualTo(call.callId);
      assertThat(answer.path("call").path("state").asString()).isEqualTo("CONNECTED");
      JsonNode me = null;
      for (JsonNode member : answer.path("call").path("participants")) {
        if (member.path("userId").asLong() == call.workerId) {
          me = member;
        }
      }
      assertThat(me).isNotNull();
      assertThat(me.path("present").asBoolean()).isTrue();
      assertThat(me.path("session").asString()).isEqualTo("worker-page-1");
      JsonNode notice = StompTestClient.await(clerkSignals, m -> m.path("type").asString().equals("joined"), 5_000);
      assertThat(notice.path("session").asString()).isEqualTo("worker-page-1");
      assertThat(clerkSignals.poll(300, TimeUnit.MILLISECONDS)).as("the answer goes to the joining page only").isNull();

      strangerStomp.send("/app/calls/" + call.callId + "/join", Map.of("session", "stranger-page"));
      assertThat(StompTestClient.await(strangerErrors, m -> true, 5_000).path("code").asString()).isEqualTo("not-found");
    } finally {
      call.close();
    }
  }

  @Test
  void participantsSignalEachOtherAndNobodyElseGetsIn() throws Exception {
    var call = new CallFixture(port, "worker-gulin", "clerk-gulin", 950);
    String callId = call.callId;
    var stranger = new ApiClient(port).signedInAs("worker-shiqi");

    assertThat(stranger.get("/api/calls/" + callId).status()).isEqualTo(404);
    assertThat(call.worker.get("/api/calls/" + callId).json().path("state").asString()).isEqualTo("RINGING");
    assertThat(call.worker.get("/api/calls/" + callId + "/ice-servers").status()).isEqualTo(200);
    assertThat(stranger.post("/api/calls/" + callId + "/join", Map.of()).status()).isEqualTo(404);

    try (var clerkStomp = StompTestClient.connect(port, call.clerk);
        var workerStomp = StompTestClient.connect(port, call.worker);
        var strangerStomp = StompTestClient.connect(port, stranger)) {
      var workerSignals = workerStomp.subscribe("/user/queue/signal");
      var clerkSignals = clerkStomp.subscribe("/user/queue/signal");
      var clerkErrors = clerkStomp.subscribe("/user/queue/errors");
      var strangerErrors = strangerStomp.subscribe("/user/queue/errors");
      Thread.sleep(300);

      call.join(call.clerk, "clerk-page-1");
      JsonNode joined = call.join(call.worker, "worker-page-1");
      assertThat(joined.path("state").asString()).isEqualTo("CONNECTED");
      assertThat(joined.path("participants").findValuesAsString("role")).containsExactlyInAnyOrder("WORKER", "CLERK");
      JsonNode notice = StompTestClient.await(clerkSignals, m -> m.path("type").asString().equals("joined"), 5_000);
      assertThat(notice.path("from").asString()).isEqualTo(String.valueOf(call.workerId));
      assertThat(notice.path("session").asString()).isEqualTo("worker-page-1");

      clerkStomp.send("/app/calls/" + callId + "/signal", signal("offer", call.workerId, SDP));
      JsonNode offer = StompTestClient.await(workerSignals, m -> m.path("type").asString().equals("offer"), 5_000);
      assertThat(offer.path("from").asString()).isEqualTo(String.valueOf(call.clerkId));
      assertThat(offer.path("callId").asString()).isEqualTo(callId);
      assertThat(offer.path("sdp").asString()).isEqualTo(SDP);
      assertThat(offer.path("session").asString()).isEqualTo("clerk-page-1");

      strangerStomp.send("/app/calls/" + callId + "/signal", signal("offer", call.workerId, SDP));
      assertThat(StompTestClient.await(strangerErrors, m -> true, 5_000).path("code").asString()).isEqualTo("not-found");
      clerkStomp.send("/app/calls/" + callId + "/signal", signal("offer", call.workerId, "not sdp"));
      assertThat(StompTestClient.await(clerkErrors, m -> true, 5_000).path("code").asString()).isEqualTo("call.invalid-signal");
      clerkStomp.send("/app/calls/" + callId + "/signal", signal("dance", call.workerId, SDP));
      assertThat(StompTestClient.await(clerkErrors, m -> true, 5_000).path("code").asString()).isEqualTo("call.signal-refused");
      assertThat(workerSignals.poll(500, TimeUnit.MILLISECONDS)).as("nothing bad reached the worker").isNull();

      // A burst of candidates right after an offer arrives in the order sent (receive and publish order).
      clerkStomp.send("/app/calls/" + callId + "/signal", signal("offer", call.workerId, SDP));
      for (int i = 0; i < 30; i++) {
        clerkStomp.send("/app/calls/" + callId + "/signal", Map.of("type", "candidate", "to", String.valueOf(call.workerId),
            "candidate", "candidate:" + i + " 1 udp 2122260223 127.0.0.1 " + (50000 + i) + " typ host", "sdpMid", "0",
            "sdpMLineIndex", 0));
      }
      List<String> order = new ArrayList<>();
      order.add(StompTestClient.await(workerSignals, m -> true, 5_000).path("type").asString());
      for (int i = 0; i < 30; i++) {
        JsonNode candidate = StompTestClient.await(workerSignals, m -> true, 5_000);
        order.add(candidate.path("candidate").asString().split(" ")[0]);
      }
      List<String> expected = new ArrayList<>(List.of("offer"));
      for (int i = 0; i < 30; i++) {
        expected.add("candidate:" + i);
      }
      assertThat(order).isEqualTo(expected);

      call.worker.put("/api/calls/" + callId + "/media", Map.of("audio", false, "video", true));
      JsonNode media = StompTestClient.await(clerkSignals, m -> m.path("type").asString().equals("media"), 5_000);
      assertThat(media.path("audio").asBoolean()).isFalse();
      assertThat(call.clerk.get("/api/calls/" + callId).json().path("participants").toString())
          .contains("\"audio\":false");

      clerkStomp.send("/app/calls/" + callId + "/signal", Map.of("type", "hangup", "to", ""));
      StompTestClient.await(workerSignals, m -> m.path("type").asString().equals("ended"), 5_000);
    }
    JsonNode ended = call.worker.get("/api/calls/" + callId).json();
    assertThat(ended.path("state").asString()).isEqualTo("ENDED");
    assertThat(ended.path("endReason").asString()).isEqualTo("HANGUP");
    assertThat(call.worker.get("/api/calls/" + callId + "/history").json().findValuesAsString("kind"))
        .contains("OPENED", "JOINED", "CONNECTED", "MEDIA", "ENDED");
    assertThat(call.worker.post("/api/calls/" + callId + "/join", Map.of()).problemCode()).isEqualTo("call.ended");
    call.close();
  }

  @Test
  void anOversizedFrameIsRefusedToItsSenderAndOtherCallsGoOn() throws Exception {
    var call = new CallFixture(port, "worker-liangzhu", "clerk-gaoqiao", 952);
    var other = new CallFixture(port, "worker-shiqi", "clerk-shiqi", 953);
    try (var clerkStomp = StompTestClient.connect(port, call.clerk);
        var workerStomp = StompTestClient.connect(port, call.worker);
        var otherClerkStomp = StompTestClient.connect(port, other.clerk);
        var otherWorkerStomp = StompTestClient.connect(port, other.worker)) {
      var clerkErrors = clerkStomp.subscribe("/user/queue/errors");
      var workerSignals = workerStomp.subscribe("/user/queue/signal");
      var otherSignals = otherWorkerStomp.subscribe("/user/queue/signal");
      Thread.sleep(300);
      call.join(call.clerk, "c");
      call.join(call.worker, "w");
      other.join(other.clerk, "c2");
      other.join(other.worker, "w2");
      Thread.sleep(300);
      workerSignals.clear();

      String huge = SDP + "a=x-padding:" + "x".repeat(70 * 1024) + "\r\n";
      clerkStomp.send("/app/calls/" + call.callId + "/signal", signal("offer", call.workerId, huge));
      JsonNode error = StompTestClient.await(clerkErrors, m -> true, 5_000);
      assertThat(error.path("code").asString()).isEqualTo("call.signal-too-large");
      assertThat(error.path("callId").asString()).isEqualTo(call.callId);
      assertThat(workerSignals.poll(500, TimeUnit.MILLISECONDS)).as("nothing reached the worker").isNull();

      // The sender's connection is still there, and the other call never noticed.
      clerkStomp.send("/app/calls/" + call.callId + "/signal", signal("offer", call.workerId, SDP));
      StompTestClient.await(workerSignals, m -> m.path("type").asString().equals("offer"), 5_000);
      otherClerkStomp.send("/app/calls/" + other.callId + "/signal", signal("offer", other.workerId, SDP));
      JsonNode offer = StompTestClient.await(otherSignals, m -> m.path("type").asString().equals("offer"), 5_000);
      assertThat(offer.path("callId").asString()).isEqualTo(other.callId);
    } finally {
      call.close();
      other.close();
    }
  }

  @Test
  void completingTheTicketEndsTheCallForBoth() throws Exception {
    var call = new CallFixture(port, "worker-liangzhu", "clerk-gaoqiao", 951);
    try (var workerStomp = StompTestClient.connect(port, call.worker)) {
      var workerSignals = workerStomp.subscribe("/user/queue/signal");
      Thread.sleep(300);
      call.join(call.clerk, "c");
      call.join(call.worker, "w");
      call.worker.post("/api/tickets/" + call.ticketId + "/answer", Map.of());
      call.close();
      JsonNode ended = StompTestClient.await(workerSignals, m -> m.path("type").asString().equals("ended"), 5_000);
      assertThat(ended.path("reason").asString()).isEqualTo("COMPLETED");
    }
    assertThat(call.clerk.get("/api/calls/" + call.callId).json().path("state").asString()).isEqualTo("ENDED");
  }

  private static Map<String, Object> signal(String type, long to, String sdp) {
    Map<String, Object> message = new HashMap<>();
    message.put("type", type);
    message.put("to", String.valueOf(to));
    message.put("sdp", sdp);
    return message;
  }
}
