package org.cloudwindow.server.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.cloudwindow.server.casework.DecisionDue;
import org.cloudwindow.server.support.ApiClient;
import org.cloudwindow.server.support.DraftCase;
import org.cloudwindow.server.support.IntegrationTest;
import org.cloudwindow.server.support.StompTestClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Alerts about cases: a poor rating opens a FOLLOW_UP for the coordinators of the worker's point
 * and above, a near or past decision deadline a DECISION_DUE above the case's window; both are
 * pushed live, acknowledged and resolved like queue alerts, and stay out of other towns' boards.
 */
@IntegrationTest
class CaseAlertsIT {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEventPublisher events;

  @Test
  void aPoorRatingOpensAFollowUpForTheWorkersTownAndAboveOnly() throws Exception {
    var coordinator = new ApiClient(port).signedInAs("coordinator");
    var otherTown = new ApiClient(port).signedInAs("coordinator-gaoqiao");
    long district = siteOf(coordinator);
    try (var stomp = StompTestClient.connect(port, coordinator);
        var otherStomp = StompTestClient.connect(port, otherTown);
        var poor = new DraftCase(port, "worker-gulin").submitted(jdbc);
        var fine = new DraftCase(port, "worker-gulin").submitted(jdbc)) {
      BlockingQueue<JsonNode> board = stomp.subscribe("/topic/board/" + district);
      BlockingQueue<JsonNode> otherBoard = otherStomp.subscribe("/topic/board/" + siteOf(otherTown));
      Thread.sleep(300);

      fine.rate(3);
      poor.rate(1);
      JsonNode pushed = StompTestClient.await(board, m -> m.path("type").asString().equals("alert")
          && m.path("alert").path("caseId").asLong() == poor.caseId, 5_000).path("alert");
      assertThat(pushed.path("kind").asString()).isEqualTo("FOLLOW_UP");
      assertThat(pushed.path("level").asString()).isEqualTo("RED");
      assertThat(pushed.path("stars").asInt()).isEqualTo(1);
      assertThat(pushed.path("siteId").asLong()).as("the worker's point").isEqualTo(siteOf(poor.worker));
      assertThat(pushed.path("windowId").asLong()).as("the case's window").isEqualTo(poor.windowId);
      assertThat(pushed.path("windowName").asString()).isNotEmpty();
      assertThat(caseAlerts(coordinator, fine.caseId)).as("3 stars need no follow-up").isEmpty();

      assertOutOfReach(otherTown, otherBoard, poor.caseId, pushed.path("id").asLong());
      acknowledgeAndResolve(coordinator, pushed.path("id").asLong(), poor.caseId);
    }
  }

  @Test
  void aDissatisfiedRatingAtAGaoqiaoPointReachesTheGaoqiaoCoordinator() {
    try (var dissatisfied = new DraftCase(port, "worker-liangzhu").submitted(jdbc)) {
      // As if accepted: the follow-up names the case by the number on the applicant's receipt.
      String number = "330203001-20261122-" + dissatisfied.caseId;
      jdbc.sql("update case_record set state = 'ACCEPTED', case_number = ? where id = ?")
          .params(number, dissatisfied.caseId).update();
      dissatisfied.rate(2);
      List<JsonNode> alerts = caseAlerts(new ApiClient(port).signedInAs("coordinator-gaoqiao"), dissatisfied.caseId);
      assertThat(alerts).hasSize(1);
      assertThat(alerts.get(0).path("level").asString()).isEqualTo("YELLOW");
      assertThat(alerts.get(0).path("caseNumber").asString()).isEqualTo(number);
    }
  }

  @Test
  void aNearDeadlineRaisesOneDecisionDueAndAPassedOneARedOne() throws Exception {
    var coordinator = new ApiClient(port).signedInAs("coordinator");
    var otherTown = new ApiClient(port).signedInAs("coordinator-gaoqiao");
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    try (var stomp = StompTestClient.connect(port, coordinator);
        var otherStomp = StompTestClient.connect(port, otherTown);
        var submitted = new DraftCase(port, "worker-gulin").submitted(jdbc)) {
      BlockingQueue<JsonNode> board = stomp.subscribe("/topic/board/" + siteOf(coordinator));
      BlockingQueue<JsonNode> otherBoard = otherStomp.subscribe("/topic/board/" + siteOf(otherTown));
      Thread.sleep(300);

      // As casework's deadline scan publishes it, on every scan until the case is decided.
      events.publishEvent(new DecisionDue(submitted.caseId, submitted.windowId, today.plusDays(1)));
      events.publishEvent(new DecisionDue(submitted.caseId, submitted.windowId, today.plusDays(1)));
      JsonNode due = StompTestClient.await(board, m -> m.path("alert").path("caseId").asLong() == submitted.caseId,
          5_000).path("alert");
      assertThat(due.path("kind").asString()).isEqualTo("DECISION_DUE");
      assertThat(due.path("level").asString()).isEqualTo("YELLOW");
      assertThat(due.path("deadline").asString()).isEqualTo(today.plusDays(1).toString());
      assertThat(due.path("windowId").asLong()).isEqualTo(submitted.windowId);
      assertThat(caseAlerts(coordinator, submitted.caseId)).as("raised once").hasSize(1);
      assertOutOfReach(otherTown, otherBoard, submitted.caseId, due.path("id").asLong());
      acknowledgeAndResolve(coordinator, due.path("id").asLong(), submitted.caseId);

      events.publishEvent(new DecisionDue(submitted.caseId, submitted.windowId, today.plusDays(1)));
      assertThat(caseAlerts(coordinator, submitted.caseId)).as("a resolved one is not raised again").isEmpty();
      events.publishEvent(new DecisionDue(submitted.caseId, submitted.windowId, today.minusDays(1)));
      List<JsonNode> overdue = caseAlerts(coordinator, submitted.caseId);
      assertThat(overdue).hasSize(1);
      assertThat(overdue.get(0).path("level").asString()).isEqualTo("RED");
    }
  }

  /** Another town's coordinator neither gets the push, nor sees, acknowledges or resolves the alert. */
  private void assertOutOfReach(ApiClient otherTown, BlockingQueue<JsonNode> otherBoard, long caseId, long alertId)
      throws InterruptedException {
    List<JsonNode> received = new ArrayList<>();
    JsonNode message;
    while ((message = otherBoard.poll(300, TimeUnit.MILLISECONDS)) != null) {
      received.add(message);
    }
    assertThat(received).noneMatch(m -> m.path("alert").path("caseId").asLong() == caseId);
    assertThat(caseAlerts(otherTown, caseId)).isEmpty();
    assertThat(otherTown.post("/api/alerts/" + alertId + "/acknowledge", Map.of()).status()).isEqualTo(403);
    assertThat(otherTown.post("/api/alerts/" + alertId + "/resolve", Map.of()).status()).isEqualTo(403);
  }

  private static void acknowledgeAndResolve(ApiClient coordinator, long alertId, long caseId) {
    JsonNode acknowledged = coordinator.post("/api/alerts/" + alertId + "/acknowledge", Map.of()).json();
    assertThat(acknowledged.path("acknowledgedAt").isNull()).isFalse();
    assertThat(acknowledged.path("caseId").asLong()).isEqualTo(caseId);
    coordinator.post("/api/alerts/" + alertId + "/resolve", Map.of());
    assertThat(caseAlerts(coordinator, caseId)).isEmpty();
  }

  private static List<JsonNode> caseAlerts(ApiClient coordinator, long caseId) {
    List<JsonNode> found = new ArrayList<>();
    for (JsonNode alert : coordinator.get("/api/board").json().path("alerts")) {
      if (alert.path("caseId").asLong() == caseId) {
        found.add(alert);
      }
    }
    return found;
  }

  private static long siteOf(ApiClient user) {
    return user.get("/api/me").json().path("site").path("id").asLong();
  }
}
