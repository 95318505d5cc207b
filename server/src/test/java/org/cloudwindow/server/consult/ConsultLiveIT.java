package org.cloudwindow.server.consult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cloudwindow.server.consult.ConsultSteps.available;
import static org.cloudwindow.server.consult.ConsultSteps.request;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import org.cloudwindow.server.account.AccountService;
import org.cloudwindow.server.support.ApiClient;
import org.cloudwindow.server.support.CallFixture;
import org.cloudwindow.server.support.IntegrationTest;
import org.cloudwindow.server.support.StompTestClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * What reaches pages live: an invitation with the whole consultation in it, a waiting alert that
 * goes by itself once the wait is over, and experts' availability on the coordinators' boards.
 */
@IntegrationTest
class ConsultLiveIT {

  @LocalServerPort int port;
  @Autowired AccountService accounts;
  @Autowired ConsultScan scan;

  @Test
  void theInvitationCarriesTheConsultationAndAnAcceptanceResolvesTheWaitingAlert() throws Exception {
    var expert = available(port, "expert-civil");
    long expertId = id("expert-civil");
    var coordinator = new ApiClient(port).signedInAs("coordinator-gaoqiao");
    long town = coordinator.get("/api/me").json().path("site").path("id").asLong();
    try (var call = new CallFixture(port, "worker-liangzhu", "clerk-gaoqiao", 774);
        var boardStomp = StompTestClient.connect(port, coordinator);
        var expertStomp = StompTestClient.connect(port, expert)) {
      var board = boardStomp.subscribe("/topic/board/" + town);
      var notices = expertStomp.subscribe("/user/queue/notifications");
      Thread.sleep(300);
      long id = request(call, "迁入不满一年的高龄老人");
      scan.scan(Instant.now().plusSeconds(6 * 60));
      awaitAlert(board, id, false);
      assertThat(ConsultIT.waitingAlerts(coordinator, id)).isEqualTo(1);

      coordinator.post("/api/consultations/" + id + "/assign", Map.of("expertIds", List.of(expertId)));
      JsonNode invitation = StompTestClient.await(notices, m -> m.path("type").asString().equals("invitation")
          && m.path("consultationId").asLong() == id, 5_000);
      JsonNode carried = invitation.path("consultation");
      assertThat(carried.path("id").asLong()).isEqualTo(id);
      assertThat(carried.path("topic").asString()).isEqualTo("迁入不满一年的高龄老人");
      assertThat(carried.path("state").asString()).isEqualTo("OPEN");
      assertThat(carried.path("experts").get(0).path("expertId").asLong()).isEqualTo(expertId);
      assertThat(carried.path("experts").get(0).path("state").asString()).isEqualTo("INVITED");
      assertThat(carried.path("candidates").isEmpty()).as("an expert's copy").isTrue();

      expert.post("/api/consultations/" + id + "/answer", Map.of("accept", true));
      awaitAlert(board, id, true);
      assertThat(ConsultIT.waitingAlerts(coordinator, id)).as("resolved by itself").isZero();
    }
  }

  @Test
  void aWaitingAlertAlsoGoesWhenTheRequestIsConcludedOrItsCallEnds() throws Exception {
    var coordinator = new ApiClient(port).signedInAs("coordinator-gaoqiao");
    long town = coordinator.get("/api/me").json().path("site").path("id").asLong();
    try (var stomp = StompTestClient.connect(port, coordinator)) {
      var board = stomp.subscribe("/topic/board/" + town);
      Thread.sleep(300);
      long concluded;
      long cancelled;
      try (var call = new CallFixture(port, "worker-liangzhu", "clerk-gaoqiao", 775)) {
        concluded = request(call, "无人应答后自行解决");
        scan.scan(Instant.now().plusSeconds(6 * 60));
        awaitAlert(board, concluded, false);
        call.clerk.post("/api/consultations/" + concluded + "/conclude", Map.of("conclusion", "已自行查明"));
        awaitAlert(board, concluded, true);

        cancelled = request(call, "无人应答后通话结束");
        scan.scan(Instant.now().plusSeconds(6 * 60));
        awaitAlert(board, cancelled, false);
      }
      awaitAlert(board, cancelled, true);
      assertThat(ConsultIT.waitingAlerts(coordinator, concluded) + ConsultIT.waitingAlerts(coordinator, cancelled))
          .isZero();
    }
  }

  @Test
  void coordinatorsBelowAndAboveTheExpertSeeTheirAvailabilityLive() throws Exception {
    var expert = available(port, "expert-civil");
    long expertId = id("expert-civil");
    var town = new ApiClient(port).signedInAs("coordinator-gaoqiao");
    var district = new ApiClient(port).signedInAs("coordinator");
    try (var call = new CallFixture(port, "worker-liangzhu", "clerk-gaoqiao", 776);
        var townStomp = StompTestClient.connect(port, town);
        var districtStomp = StompTestClient.connect(port, district)) {
      var below = townStomp.subscribe("/topic/board/" + siteOf(town) + "/consultations");
      var above = districtStomp.subscribe("/topic/board/" + siteOf(district) + "/consultations");
      Thread.sleep(300);
      long id = request(call, "高龄津贴的户籍认定");
      assertThat(candidate(StompTestClient.await(below, m -> isAbout(m, id), 5_000), expertId))
          .isEqualTo("AVAILABLE");

      expert.put("/api/experts/me/availability", Map.of("availability", "OFFLINE"));
      awaitCandidate(below, id, expertId, null);
      awaitCandidate(above, id, expertId, null);

      expert.put("/api/experts/me/availability", Map.of("availability", "AVAILABLE"));
      awaitCandidate(below, id, expertId, "AVAILABLE");
      awaitCandidate(above, id, expertId, "AVAILABLE");

      town.post("/api/consultations/" + id + "/assign", Map.of("expertIds", List.of(expertId)));
      expert.post("/api/consultations/" + id + "/answer", Map.of("accept", true));
      call.join(expert, "expert-page");
      awaitCandidate(below, id, expertId, "BUSY");
      awaitCandidate(above, id, expertId, "BUSY");

      expert.post("/api/calls/" + call.callId + "/leave", Map.of("session", "expert-page"));
      awaitCandidate(below, id, expertId, "AVAILABLE");
    }
  }

  private static void awaitAlert(BlockingQueue<JsonNode> board, long consultationId, boolean resolved)
      throws InterruptedException {
    StompTestClient.await(board, m -> m.path("type").asString().equals("alert")
        && m.path("alert").path("consultationId").asLong() == consultationId
        && m.path("alert").path("kind").asString().equals("CONSULTATION_WAITING")
        && m.path("alert").hasNonNull("resolvedAt") == resolved, 5_000);
  }

  /**
   * Waits for the consultation's candidates to come again because of an availability change, with
   * the expert at {@code availability} among them (or not among them, for null).
   */
  private static void awaitCandidate(BlockingQueue<JsonNode> topic, long id, long expertId,
      String availability) throws InterruptedException {
    StompTestClient.await(topic, m -> isAbout(m, id) && m.path("event").asString().equals("AVAILABILITY")
        && java.util.Objects.equals(candidate(m, expertId), availability), 5_000);
  }

  private static boolean isAbout(JsonNode message, long id) {
    return message.path("type").asString().equals("consultation")
        && message.path("consultation").path("id").asLong() == id;
  }

  /** The expert's availability among the message's candidates, null when not among them. */
  private static String candidate(JsonNode message, long expertId) {
    for (JsonNode candidate : message.path("consultation").path("candidates")) {
      if (candidate.path("expertId").asLong() == expertId) {
        return candidate.path("availability").asString();
      }
    }
    return null;
  }

  private static long siteOf(ApiClient user) {
    return user.get("/api/me").json().path("site").path("id").asLong();
  }

  long id(String username) {
    return accounts.findByUsername(username).orElseThrow().id();
  }
}
