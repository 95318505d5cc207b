package org.cloudwindow.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.cloudwindow.server.support.ApiClient;
import org.cloudwindow.server.support.IdNumbers;
import org.cloudwindow.server.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A desk that sends its join session with 叫号 is in the call's room with the answer: the tablet's
 * join finds it present, and the desk's own join with the same session later is only a rejoin.
 */
@IntegrationTest
class JoinWithCallNextIT {

  @LocalServerPort
  int port;

  @Test
  void theAnswerToCallNextCarriesTheCallTheDeskJoined() {
    var worker = new ApiClient(port).signedInAs("worker-gulin");
    var clerk = new ApiClient(port).signedInAs("clerk-gulin");
    long window = take(worker, 996, "先入会").path("windowId").asLong();
    clerk.post("/api/windows/" + window + "/duty", Map.of());
    try {
      ApiClient.Response answer = clerk.post("/api/windows/" + window + "/call-next", Map.of("session", "desk-page-1"));
      assertThat(answer.status()).as(answer.body()).isEqualTo(200);
      JsonNode called = answer.json();
      String callId = called.path("callId").asString();
      long clerkId = clerk.get("/api/me").json().path("id").asLong();
      assertThat(called.path("call").path("id").asString()).isEqualTo(callId);
      assertThat(member(called.path("call"), clerkId).path("present").asBoolean()).isTrue();
      assertThat(member(called.path("call"), clerkId).path("session").asString()).isEqualTo("desk-page-1");

      JsonNode tablet = worker.post("/api/calls/" + callId + "/join", Map.of("session", "tablet-page-1")).json();
      assertThat(member(tablet, clerkId).path("present").asBoolean()).as("the tablet finds the desk in the room").isTrue();
      assertThat(tablet.path("state").asString()).isEqualTo("CONNECTED");

      JsonNode again = clerk.post("/api/calls/" + callId + "/join", Map.of("session", "desk-page-1")).json();
      assertThat(member(again, clerkId).path("session").asString()).isEqualTo("desk-page-1");
      assertThat(count(clerk.get("/api/calls/" + callId + "/history").json(), "JOINED", clerkId)).as("the desk's own join with the same session is a rejoin").isEqualTo(1);
      clerk.post("/api/tickets/" + called.path("ticket").path("id").asLong() + "/complete", Map.of());
    } finally {
      clerk.delete("/api/windows/" + window + "/duty");
    }
  }

  @Test
  void withoutASessionTheDeskIsNotYetInTheRoom() {
    var worker = new ApiClient(port).signedInAs("worker-gulin");
    var clerk = new ApiClient(port).signedInAs("clerk-gulin");
    long window = take(worker, 997, "后入会").path("windowId").asLong();
    clerk.post("/api/windows/" + window + "/duty", Map.of());
    try {
      JsonNode called = clerk.post("/api/windows/" + window + "/call-next", Map.of()).json();
      assertThat(called.path("call").isNull() || called.path("call").isMissingNode()).isTrue();
      long clerkId = clerk.get("/api/me").json().path("id").asLong();
      JsonNode view = clerk.get("/api/calls/" + called.path("callId").asString()).json();
      assertThat(member(view, clerkId).path("present").asBoolean()).isFalse();
      clerk.post("/api/tickets/" + called.path("ticket").path("id").asLong() + "/complete", Map.of());
    } finally {
      clerk.delete("/api/windows/" + window + "/duty");
    }
  }

  private static JsonNode take(ApiClient worker, int idSerial, String name) {
    String code = worker.get("/api/matters?q=" + URLEncoder.encode("高龄津贴", StandardCharsets.UTF_8)).json().get(0)
        .path("code").asString();
    return worker.post("/api/tickets", Map.of("matterCode", code, "priority", true,
        "applicant", Map.of("name", name, "idNumber", IdNumbers.elderly(idSerial), "phone", "13911112222"))).json();
  }

  private static JsonNode member(JsonNode call, long userId) {
    for (JsonNode member : call.path("participants")) {
      if (member.path("userId").asLong() == userId) {
        return member;
      }
    }
    throw new AssertionError("user " + userId + " is not in " + call);
  }

  private static long count(JsonNode events, String kind, long userId) {
    long n = 0;
    for (JsonNode event : events) {
      if (kind.equals(event.path("kind").asString()) && event.path("actorId").asLong() == userId) {
        n++;
      }
    }
    return n;
  }
}
