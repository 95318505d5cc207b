package org.cloudwindow.server.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.cloudwindow.server.support.ApiClient;
import org.cloudwindow.server.support.IdNumbers;
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
  void participantsSignalEachOtherAndNobodyElseGetsIn() throws Exception {
    var worker = new ApiClient(port).signedInAs("worker-gulin");
    var clerk = new ApiClient(port).signedInAs("clerk-gulin");
    var stranger = new ApiClient(port).signedInAs("worker-shiqi");
    String code = worker.get("/api/matters?q=" + java.net.URLEncoder.encode("高龄津贴", "UTF-8")).json().get(0)
        .path("code").asString();
    JsonNode ticket = worker.post("/api/tickets", Map.of("matterCode", code, "priority", true,
        "applicant", Map.of("name", "视频测试", "idNumber", IdNumbers.elderly(950), "phone", "13911112222"))).json();
    long window = ticket.path("windowId").asLong();
    clerk.post("/api/windows/" + window + "/duty", Map.of());
    String callId = clerk.post("/api/windows/" + window + "/call-next", Map.of()).json().path("callId").asString();
    long workerId = worker.get("/api/me").json().path("id").asLong();
    long clerkId = clerk.get("/api/me").json().path("id").asLong();

    assertThat(stranger.get("/api/calls/" + callId).status()).isEqualTo(404);
    assertThat(worker.get("/api/calls/" + callId).json().path("state").asString()).isEqualTo("RINGING");
    assertThat(worker.get("/api/calls/" + callId + "/ice-servers").status()).isEqualTo(200);
    assertThat(stranger.post("/api/calls/" + callId + "/join", Map.of()).status()).isEqualTo(404);
    clerk.post("/api/calls/" + callId + "/join", Map.of());
    JsonNode joined = worker.post("/api/calls/" + callId + "/join", Map.of()).json();
    assertThat(joined.path("state").asString()).isEqualTo("CONNECTED");
    assertThat(joined.path("participants").findValuesAsString("role")).containsExactlyInAnyOrder("WORKER", "CLERK");

    try (var clerkStomp = StompTestClient.connect(port, clerk); var workerStomp = StompTestClient.connect(port, worker);
        var strangerStomp = StompTestClient.connect(port, stranger)) {
      var workerSignals = workerStomp.subscribe("/user/queue/signal");
      var clerkErrors = clerkStomp.subscribe("/user/queue/errors");
      var strangerErrors = strangerStomp.subscribe("/user/queue/errors");
      Thread.sleep(300);

      clerkStomp.send("/app/calls/" + callId + "/signal", signal("offer", workerId, SDP));
      JsonNode offer = StompTestClient.await(workerSignals, m -> m.path("type").asString().equals("offer"), 5_000);
      assertThat(offer.path("from").asString()).isEqualTo(String.valueOf(clerkId));
      assertThat(offer.path("callId").asString()).isEqualTo(callId);
      assertThat(offer.path("sdp").asString()).isEqualTo(SDP);

      strangerStomp.send("/app/calls/" + callId + "/signal", signal("offer", workerId, SDP));
      assertThat(StompTestClient.await(strangerErrors, m -> true, 5_000).path("code").asString()).isEqualTo("not-found");
      clerkStomp.send("/app/calls/" + callId + "/signal", signal("offer", workerId, "not sdp"));
      assertThat(StompTestClient.await(clerkErrors, m -> true, 5_000).path("code").asString()).isEqualTo("call.invalid-signal");
      clerkStomp.send("/app/calls/" + callId + "/signal", signal("dance", workerId, SDP));
      assertThat(StompTestClient.await(clerkErrors, m -> true, 5_000).path("code").asString()).isEqualTo("call.signal-refused");
      assertThat(workerSignals.poll(500, TimeUnit.MILLISECONDS)).as("nothing bad reached the worker").isNull();

      clerkStomp.send("/app/calls/" + callId + "/signal", Map.of("type", "hangup", "to", ""));
      StompTestClient.await(workerSignals, m -> m.path("type").asString().equals("hangup"), 5_000);
    }
    JsonNode ended = worker.get("/api/calls/" + callId).json();
    assertThat(ended.path("state").asString()).isEqualTo("ENDED");
    assertThat(ended.path("endReason").asString()).isEqualTo("HANGUP");
    assertThat(worker.get("/api/calls/" + callId + "/history").json().toString())
        .contains("OPENED", "JOINED", "ENDED");
    clerk.post("/api/tickets/" + ticket.path("id").asLong() + "/complete", Map.of());
    clerk.delete("/api/windows/" + window + "/duty");
  }

  private static Map<String, Object> signal(String type, long to, String sdp) {
    Map<String, Object> message = new HashMap<>();
    message.put("type", type);
    message.put("to", String.valueOf(to));
    message.put("sdp", sdp);
    return message;
  }
}
