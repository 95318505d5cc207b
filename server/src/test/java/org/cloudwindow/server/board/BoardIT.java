package org.cloudwindow.server.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.cloudwindow.server.account.AccountService;
import org.cloudwindow.server.catalog.CatalogService;
import org.cloudwindow.server.queue.QueueService;
import org.cloudwindow.server.site.SiteService;
import org.cloudwindow.server.support.ApiClient;
import org.cloudwindow.server.support.IntegrationTest;
import org.cloudwindow.server.support.QueueFixture;
import org.cloudwindow.server.support.StompTestClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Alerts and the coordinator board, with the default thresholds (5 waiting: YELLOW, 10: RED,
 * 15 min wait: wait-timeout) and the scan run at chosen times.
 */
@IntegrationTest
class BoardIT {

  @LocalServerPort int port;
  @Autowired AlertScan scan;
  @Autowired QueueService queue;
  @Autowired SiteService sites;
  @Autowired AccountService accounts;
  @Autowired CatalogService catalog;

  @Test
  void aBusyWindowTurnsYellowThenRedAndCoordinatorsAreAlertedLive() throws Exception {
    var fixture = new QueueFixture(sites, accounts, queue, catalog, 1, 50_000);
    var coordinator = new ApiClient(port).signedInAs("coordinator");
    long district = coordinator.get("/api/me").json().path("site").path("id").asLong();
    try (var stomp = StompTestClient.connect(port, coordinator)) {
      var board = stomp.subscribe("/topic/board/" + district);
      Thread.sleep(300);
      for (int i = 0; i < 5; i++) {
        fixture.take(false, fixture.civil.id());
      }
      JsonNode live = StompTestClient.await(board, m -> m.path("type").asString().equals("window")
          && m.path("window").path("windowId").asLong() == fixture.civil.id() && m.path("window").path("waiting").asInt() == 5, 5_000);
      assertThat(live.path("window").path("alertLevel").asString()).isEqualTo("YELLOW");

      scan.scan(Instant.now());
      JsonNode yellow = StompTestClient.await(board, m -> m.path("type").asString().equals("alert")
          && m.path("alert").path("windowId").asLong() == fixture.civil.id(), 5_000);
      assertThat(yellow.path("alert").path("level").asString()).isEqualTo("YELLOW");
      assertThat(yellow.path("alert").path("kind").asString()).isEqualTo("LEVEL");

      scan.scan(Instant.now());
      assertThat(alertsOf(coordinator, fixture.civil.id(), "LEVEL")).as("not raised twice").isEqualTo(1);

      for (int i = 0; i < 5; i++) {
        fixture.take(i == 0, fixture.civil.id());
      }
      scan.scan(Instant.now());
      StompTestClient.await(board, m -> m.path("type").asString().equals("alert")
          && m.path("alert").path("windowId").asLong() == fixture.civil.id()
          && m.path("alert").path("level").asString().equals("RED"), 5_000);
    }
    JsonNode window = windowOnBoard(coordinator, fixture.civil.id());
    assertThat(window.path("alertLevel").asString()).isEqualTo("RED");
    assertThat(window.path("waiting").asInt()).isEqualTo(10);
    assertThat(window.path("clerksOnDuty").asInt()).isEqualTo(1);
  }

  @Test
  void aTicketWaitingTooLongRaisesOneWaitAlertThatIsAcknowledgedAndResolved() {
    var fixture = new QueueFixture(sites, accounts, queue, catalog, 1, 51_000);
    var ticket = fixture.take(false, fixture.comprehensive.id());
    var coordinator = new ApiClient(port).signedInAs("coordinator");

    scan.scan(Instant.now().plusSeconds(14 * 60));
    assertThat(alertsOf(coordinator, fixture.comprehensive.id(), "WAIT_TIMEOUT")).isZero();
    scan.scan(Instant.now().plusSeconds(16 * 60));
    scan.scan(Instant.now().plusSeconds(17 * 60));
    assertThat(alertsOf(coordinator, fixture.comprehensive.id(), "WAIT_TIMEOUT")).isEqualTo(1);

    JsonNode alert = alertOf(coordinator, fixture.comprehensive.id(), "WAIT_TIMEOUT");
    assertThat(alert.path("ticketNumber").asString()).isEqualTo(ticket.number());
    assertThat(alert.toString()).doesNotContain(ticket.applicant().name());
    long id = alert.path("id").asLong();

    var elsewhere = new ApiClient(port).signedInAs("coordinator-gaoqiao");
    assertThat(elsewhere.post("/api/alerts/" + id + "/acknowledge", Map.of()).status()).isEqualTo(403);
    assertThat(elsewhere.get("/api/board").json().path("windows").findValuesAsString("name"))
        .doesNotContain(fixture.comprehensive.name());

    JsonNode acknowledged = coordinator.post("/api/alerts/" + id + "/acknowledge", Map.of()).json();
    assertThat(acknowledged.path("acknowledgedAt").isNull()).isFalse();
    coordinator.post("/api/alerts/" + id + "/resolve", Map.of());
    assertThat(alertsOf(coordinator, fixture.comprehensive.id(), "WAIT_TIMEOUT")).isZero();
  }

  @Test
  void aCoordinatorSendsAClerkToABusyWindowForAWhile() {
    var fixture = new QueueFixture(sites, accounts, queue, catalog, 0, 52_000);
    var coordinator = new ApiClient(port).signedInAs("coordinator");
    long clerkId = coordinator.get("/api/board/helpers").json().findValues("id").stream()
        .filter(id -> accounts.get(id.asLong()).username().equals("clerk-gulin")).findFirst().orElseThrow().asLong();

    var response = coordinator.post("/api/windows/" + fixture.civil.id() + "/tidal", Map.of("clerkId", clerkId, "minutes", 30));
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.json().path("clerksOnDuty").asInt()).isEqualTo(1);

    var clerk = new ApiClient(port).signedInAs("clerk-gulin");
    JsonNode tidal = null;
    for (JsonNode w : clerk.get("/api/duty").json().path("windows")) {
      if (w.path("id").asLong() == fixture.civil.id()) {
        tidal = w;
      }
    }
    assertThat(tidal).isNotNull();
    assertThat(tidal.path("onDuty").asBoolean()).isTrue();
    clerk.delete("/api/windows/" + fixture.civil.id() + "/duty");

    assertThat(new ApiClient(port).signedInAs("worker-liangzhu").get("/api/board").status()).isEqualTo(403);
    assertThat(coordinator.post("/api/windows/" + fixture.civil.id() + "/tidal", Map.of("clerkId", clerkId, "minutes", 1))
        .status()).isEqualTo(400);
  }

  @Test
  void aWindowsOwnThresholdsDecideItsLevelAndAlertsCarryTheirFigures() {
    var fixture = new QueueFixture(sites, accounts, queue, catalog, 0, 53_000);
    var admin = new ApiClient(port).signedInAs("admin");
    var coordinator = new ApiClient(port).signedInAs("coordinator");
    String path = "/api/admin/windows/" + fixture.comprehensive.id() + "/thresholds";
    assertThat(admin.get(path).json().path("custom").asBoolean()).isFalse();

    var wrongOrder = admin.put(path, Map.of("yellowWaiting", 3, "redWaiting", 2, "yellowLongestWaitMinutes", 5,
        "redLongestWaitMinutes", 9));
    assertThat(wrongOrder.status()).isEqualTo(400);
    assertThat(wrongOrder.json().path("errors").get(0).path("code").asString()).isEqualTo("threshold-order");
    assertThat(admin.put(path, Map.of("yellowWaiting", 2, "redWaiting", 3, "yellowLongestWaitMinutes", 5,
        "redLongestWaitMinutes", 9)).json().path("custom").asBoolean()).isTrue();

    fixture.take(false, fixture.comprehensive.id());
    fixture.take(false, fixture.comprehensive.id());
    assertThat(windowOnBoard(coordinator, fixture.comprehensive.id()).path("alertLevel").asString()).isEqualTo("YELLOW");
    scan.scan(Instant.now());
    JsonNode alert = alertOf(coordinator, fixture.comprehensive.id(), "LEVEL");
    assertThat(alert.path("waiting").asInt()).isEqualTo(2);
    assertThat(alert.path("waitedMinutes").asInt()).isZero();

    assertThat(admin.delete(path).json().path("yellowWaiting").asInt()).isEqualTo(5);
    assertThat(windowOnBoard(coordinator, fixture.comprehensive.id()).path("alertLevel").asString()).isEqualTo("NONE");
    assertThat(new ApiClient(port).signedInAs("coordinator").get(path).status()).isEqualTo(403);
  }

  private static JsonNode windowOnBoard(ApiClient coordinator, long windowId) {
    for (JsonNode w : coordinator.get("/api/board").json().path("windows")) {
      if (w.path("windowId").asLong() == windowId) {
        return w;
      }
    }
    throw new AssertionError("window " + windowId + " not on the board");
  }

  private static int alertsOf(ApiClient coordinator, long windowId, String kind) {
    int count = 0;
    for (JsonNode a : coordinator.get("/api/board").json().path("alerts")) {
      if (a.path("windowId").asLong() == windowId && a.path("kind").asString().equals(kind)) {
        count++;
      }
    }
    return count;
  }

  private static JsonNode alertOf(ApiClient coordinator, long windowId, String kind) {
    for (JsonNode a : coordinator.get("/api/board").json().path("alerts")) {
      if (a.path("windowId").asLong() == windowId && a.path("kind").asString().equals(kind)) {
        return a;
      }
    }
    throw new AssertionError("no alert");
  }
}
