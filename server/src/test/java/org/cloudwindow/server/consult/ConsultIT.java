package org.cloudwindow.server.consult;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.cloudwindow.server.account.AccountService;
import org.cloudwindow.server.identity.CurrentUser;
import org.cloudwindow.server.web.SubscriptionPolicy;
import org.cloudwindow.server.support.ApiClient;
import org.cloudwindow.server.support.CallFixture;
import org.cloudwindow.server.support.IntegrationTest;
import org.cloudwindow.server.support.StompTestClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A consultation from request to conclusion with the demo accounts: clerk-gaoqiao asks during a
 * call, the district coordinator assigns expert-civil, who accepts, joins, notes; the clerk
 * concludes and the case's timeline has it.
 */
@IntegrationTest
class ConsultIT {

  @LocalServerPort int port;
  @Autowired AccountService accounts;
  @Autowired JdbcClient jdbc;

  @Test
  void aClerkAsksACoordinatorAssignsTheExpertJoinsAndTheConclusionIsInTheCase() throws Exception {
    var expert = available("expert-civil");
    var stranger = available("expert-business");
    var coordinator = new ApiClient(port).signedInAs("coordinator");
    long district = coordinator.get("/api/me").json().path("site").path("id").asLong();
    long expertId = id("expert-civil");
    try (var call = new CallFixture(port, "worker-liangzhu", "clerk-gaoqiao", 701);
        var boardStomp = StompTestClient.connect(port, coordinator);
        var expertStomp = StompTestClient.connect(port, expert)) {
      var board = boardStomp.subscribe("/topic/board/" + district + "/consultations");
      var invitations = expertStomp.subscribe("/user/queue/notifications");
      Thread.sleep(300);

      assertThat(call.worker.post(requestPath(call), Map.of("topic", "x")).status()).isEqualTo(403);
      var requested = call.clerk.post(requestPath(call), Map.of("topic", "  高龄津贴户籍迁移后如何认定?  "));
      assertThat(requested.status()).as(requested.body()).isEqualTo(201);
      JsonNode consultation = requested.json();
      long id = consultation.path("id").asLong();
      long caseId = consultation.path("caseId").asLong();
      assertThat(consultation.path("topic").asString()).isEqualTo("高龄津贴户籍迁移后如何认定?");
      assertThat(strings(consultation.path("tags"))).containsExactly("330203-MZ-0001", "民政");
      assertThat(consultation.path("state").asString()).isEqualTo("OPEN");
      assertThat(call.clerk.post(requestPath(call), Map.of("topic", "again")).problemCode())
          .isEqualTo("consult.already-open");

      JsonNode live = StompTestClient.await(board, m -> m.path("type").asString().equals("consultation")
          && m.path("consultation").path("id").asLong() == id, 5_000);
      assertThat(live.path("event").asString()).isEqualTo("REQUESTED");
      assertThat(live.path("consultation").path("candidates").get(0).path("expertId").asLong()).isEqualTo(expertId);

      JsonNode open = find(coordinator.get("/api/consultations?state=OPEN").json(), id);
      JsonNode first = open.path("candidates").get(0);
      assertThat(first.path("expertId").asLong()).isEqualTo(expertId);
      assertThat(strings(first.path("matchedTags"))).containsExactly("民政", "330203-MZ-0001");
      assertThat(first.path("availability").asString()).isEqualTo("AVAILABLE");

      // Not assigned: no way into the call, the case or its live topic.
      assertThat(stranger.post("/api/calls/" + call.callId + "/join", Map.of()).status()).isEqualTo(404);
      assertThat(stranger.get("/api/cases/" + caseId).status()).isIn(403, 404);
      assertThat(stranger.get("/api/consultations/" + id).status()).isEqualTo(404);
      assertThat(maySubscribe("expert-business", "/topic/cases/" + caseId)).isFalse();
      assertThat(maySubscribe("coordinator", "/topic/board/" + district + "/consultations")).isTrue();
      assertThat(maySubscribe("expert-civil", "/topic/board/" + district + "/consultations")).isFalse();
      assertThat(maySubscribe("expert-civil", "/topic/cases/" + caseId)).as("not yet assigned").isFalse();

      var assigned = coordinator.post("/api/consultations/" + id + "/assign", Map.of("expertIds", List.of(expertId)));
      assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
      JsonNode invitation = StompTestClient.await(invitations, m -> m.path("type").asString().equals("invitation"), 5_000);
      assertThat(invitation.path("consultationId").asLong()).isEqualTo(id);
      assertThat(invitation.path("callId").asString()).isEqualTo(call.callId);
      assertThat(invitation.path("topic").asString()).isEqualTo("高龄津贴户籍迁移后如何认定?");
      assertThat(expert.get("/api/cases/" + caseId).status()).as("invited experts read the case").isEqualTo(200);
      assertThat(maySubscribe("expert-civil", "/topic/cases/" + caseId)).isTrue();
      assertThat(maySubscribe("expert-business", "/topic/cases/" + caseId)).isFalse();
      assertThat(find(expert.get("/api/consultations/mine").json(), id).path("state").asString()).isEqualTo("OPEN");

      assertThat(expert.post("/api/consultations/" + id + "/notes", Map.of("text", "too early")).problemCode())
          .isEqualTo("consult.not-accepted");
      var accepted = expert.post("/api/consultations/" + id + "/answer", Map.of("accept", true));
      assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
      assertThat(accepted.json().path("state").asString()).isEqualTo("ANSWERED");
      StompTestClient.await(board, m -> m.path("event").asString().equals("ANSWERED")
          && m.path("consultation").path("experts").get(0).path("state").asString().equals("ACCEPTED"), 5_000);

      JsonNode joined = call.join(expert, "expert-page-1");
      assertThat(joined.path("participants").findValuesAsString("role")).contains("EXPERT", "CLERK", "WORKER");
      assertThat(expert.get("/api/experts/me").json().path("availability").asString()).isEqualTo("BUSY");
      assertThat(coordinator.post("/api/consultations/" + id + "/join-as-coordinator", Map.of()).status()).isEqualTo(200);
      assertThat(call.clerk.get("/api/calls/" + call.callId).json().path("participants").findValuesAsString("role"))
          .contains("COORDINATOR");

      long business = id("expert-business");
      var suggested = expert.post("/api/consultations/" + id + "/suggest", Map.of("expertId", business,
          "reason", "涉及个体工商户"));
      assertThat(suggested.status()).as(suggested.body()).isEqualTo(200);
      StompTestClient.await(board, m -> m.path("event").asString().equals("SUGGESTED")
          && m.path("consultation").path("suggestions").get(0).path("expertId").asLong() == business, 5_000);

      assertThat(expert.post("/api/consultations/" + id + "/notes", Map.of("text", "迁入满一年可按新户籍认定。"))
          .status()).isEqualTo(200);
      assertThat(expert.post("/api/consultations/" + id + "/conclude", Map.of("conclusion", "x")).status())
          .as("only the clerk concludes").isEqualTo(404);
      var concluded = call.clerk.post("/api/consultations/" + id + "/conclude", Map.of("conclusion", "按新户籍受理。"));
      assertThat(concluded.status()).as(concluded.body()).isEqualTo(200);
      assertThat(concluded.json().path("state").asString()).isEqualTo("CONCLUDED");
      String line = jdbc.sql("select reason from case_event where case_id = ? and kind = 'CONSULTATION'")
          .param(caseId).query(String.class).single();
      assertThat(line).contains("高龄津贴户籍迁移后如何认定?", "迁入满一年可按新户籍认定。", "按新户籍受理。", "民政专家 黄建国");
      assertThat(expert.post("/api/consultations/" + id + "/notes", Map.of("text", "late")).problemCode())
          .isEqualTo("consult.closed");

      expert.post("/api/calls/" + call.callId + "/leave", Map.of("session", "expert-page-1"));
      assertThat(expert.get("/api/experts/me").json().path("availability").asString()).isEqualTo("AVAILABLE");
    }
  }

  @Test
  void aDeclineNeedsAReasonClosesTheCallToThatExpertAndTheCoordinatorReassigns() throws Exception {
    var townExpert = available("expert-gaoqiao");
    var civil = available("expert-civil");
    var offline = new ApiClient(port).signedInAs("expert-social");
    offline.put("/api/experts/me/availability", Map.of("availability", "OFFLINE"));
    var coordinator = new ApiClient(port).signedInAs("coordinator-gaoqiao");
    try (var call = new CallFixture(port, "worker-liangzhu", "clerk-gaoqiao", 702)) {
      long id = call.clerk.post(requestPath(call), Map.of("topic", "宅基地", "tags", List.of("不动产"))).json()
          .path("id").asLong();
      JsonNode open = find(coordinator.get("/api/consultations").json(), id);
      assertThat(open.path("candidates").get(0).path("expertId").asLong()).isEqualTo(id("expert-gaoqiao"));
      assertThat(open.path("candidates").findValuesAsString("displayName")).doesNotContain("人社专家 何敏");

      var empty = coordinator.inEnglish().post("/api/consultations/" + id + "/assign", Map.of("expertIds", List.of()));
      assertThat(empty.status()).isEqualTo(400);
      assertThat(empty.json().path("errors").get(0).path("field").asString()).isEqualTo("expertIds");
      var off = coordinator.post("/api/consultations/" + id + "/assign", Map.of("expertIds", List.of(id("expert-social"))));
      assertThat(off.problemCode()).isEqualTo("consult.expert-offline");
      assertThat(off.json().path("title").asString()).isEqualTo("Expert offline");

      coordinator.post("/api/consultations/" + id + "/assign", Map.of("expertIds", List.of(id("expert-gaoqiao"))));
      var noReason = townExpert.post("/api/consultations/" + id + "/answer", Map.of("accept", false, "reason", " "));
      assertThat(noReason.status()).isEqualTo(400);
      assertThat(noReason.json().path("errors").get(0).path("field").asString()).isEqualTo("reason");
      assertThat(noReason.json().path("title").asString()).as("Chinese by default").isEqualTo("输入有误");
      var declined = townExpert.post("/api/consultations/" + id + "/answer", Map.of("accept", false, "reason", "在外出差"));
      assertThat(declined.json().path("experts").get(0).path("reason").asString()).isEqualTo("在外出差");
      assertThat(townExpert.post("/api/calls/" + call.callId + "/join", Map.of()).status()).isEqualTo(404);
      assertThat(townExpert.post("/api/consultations/" + id + "/answer", Map.of("accept", true)).problemCode())
          .isEqualTo("consult.already-answered");

      var reassigned = coordinator.post("/api/consultations/" + id + "/assign", Map.of("expertIds", List.of(id("expert-civil"))));
      assertThat(reassigned.json().path("experts").findValuesAsString("state")).containsExactly("DECLINED", "INVITED");
      assertThat(civil.post("/api/consultations/" + id + "/answer", Map.of("accept", true)).status()).isEqualTo(200);
      call.join(civil, "civil-page");
    }
  }

  @Test
  void withoutTagsARequestIsAboutEveryMatterOfTheCaseAndEachDepartmentOnce() {
    try (var call = new CallFixture(port, "worker-liangzhu", "clerk-gaoqiao", 705)) {
      long caseId = call.clerk.get("/api/tickets/" + call.ticketId + "/case").json().path("id").asLong();
      String funeral = call.worker.get("/api/matters?q=" + java.net.URLEncoder.encode("丧葬补贴",
          java.nio.charset.StandardCharsets.UTF_8)).json().get(0).path("code").asString();
      var added = call.worker.post("/api/cases/" + caseId + "/matters", Map.of("code", funeral));
      assertThat(added.status()).as(added.body()).isEqualTo(200);

      var requested = call.clerk.post(requestPath(call), Map.of("topic", "高龄津贴和丧葬补贴一起办"));
      assertThat(requested.status()).as(requested.body()).isEqualTo(201);
      assertThat(strings(requested.json().path("tags"))).containsExactly("330203-MZ-0001", funeral, "民政");
    }
  }

  @Test
  void aCoordinatorOfAnotherTownDoesNotSeeTheRequest() {
    var gaoqiao = new ApiClient(port).signedInAs("coordinator-gaoqiao");
    var district = new ApiClient(port).signedInAs("coordinator");
    long id;
    try (var call = new CallFixture(port, "worker-gulin", "clerk-gulin", 703)) {
      id = call.clerk.post(requestPath(call), Map.of("topic", "古林镇的问题")).json().path("id").asLong();
      assertThat(gaoqiao.get("/api/consultations").json().findValues("id").stream().map(JsonNode::asLong))
          .doesNotContain(id);
      assertThat(gaoqiao.get("/api/consultations/" + id).status()).isEqualTo(404);
      assertThat(gaoqiao.post("/api/consultations/" + id + "/assign", Map.of("expertIds", List.of(id("expert-civil"))))
          .status()).isEqualTo(404);
      assertThat(gaoqiao.post("/api/consultations/" + id + "/join-as-coordinator", Map.of()).status()).isEqualTo(404);
      JsonNode seen = find(district.get("/api/consultations").json(), id);
      assertThat(seen.path("siteName").asString()).isEqualTo("古林镇");
      String topic = "/topic/board/" + seen.path("siteId").asLong() + "/consultations";
      assertThat(maySubscribe("coordinator-gaoqiao", topic)).isFalse();
      assertThat(maySubscribe("coordinator", topic)).isTrue();
      var worker = new ApiClient(port).signedInAs("worker-gulin");
      assertThat(worker.get("/api/consultations").status()).isEqualTo(403);
    }
    assertThat(find(district.get("/api/consultations?state=CANCELLED").json(), id)).as("its call ended").isNotNull();
  }

  @Test
  void adminsManageTagsWithinTheirAreaAndBadTagsAreRefused() {
    var admin = new ApiClient(port).signedInAs("admin");
    long expert = id("expert-business");
    String path = "/api/admin/experts/" + expert + "/tags";
    assertThat(strings(admin.get(path).json())).contains("企业开办");
    var changed = admin.put(path, Map.of("tags", List.of(" 市场监管 ", "企业开办", "企业开办", "食品经营")));
    assertThat(strings(changed.json())).containsExactly("市场监管", "企业开办", "食品经营");
    var tooLong = admin.put(path, Map.of("tags", List.of("x".repeat(41))));
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.json().path("errors").get(0).path("field").asString()).isEqualTo("tags[0]");
    assertThat(strings(admin.get(path).json())).as("nothing half-written").contains("食品经营");
    assertThat(admin.put("/api/admin/experts/" + id("clerk-gaoqiao") + "/tags", Map.of("tags", List.of("x"))).status())
        .isEqualTo(404);
    var expertSelf = new ApiClient(port).signedInAs("expert-business");
    assertThat(expertSelf.put(path, Map.of("tags", List.of("x"))).status()).isEqualTo(403);
    var bad = expertSelf.put("/api/experts/me/availability", Map.of("availability", "SLEEPING"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(new ApiClient(port).signedInAs("clerk-gaoqiao").get("/api/experts/me").status()).isEqualTo(403);
  }

  @Test
  void aRequestNoExpertAcceptedForFiveMinutesAlertsTheBoardOnce() throws Exception {
    var coordinator = new ApiClient(port).signedInAs("coordinator-gaoqiao");
    long town = coordinator.get("/api/me").json().path("site").path("id").asLong();
    try (var call = new CallFixture(port, "worker-liangzhu", "clerk-gaoqiao", 704);
        var stomp = StompTestClient.connect(port, coordinator)) {
      var board = stomp.subscribe("/topic/board/" + town);
      Thread.sleep(300);
      long id = call.clerk.post(requestPath(call), Map.of("topic", "无人应答")).json().path("id").asLong();
      scan.scan(java.time.Instant.now().plusSeconds(4 * 60));
      assertThat(waitingAlerts(coordinator, id)).isZero();

      scan.scan(java.time.Instant.now().plusSeconds(6 * 60));
      JsonNode alert = StompTestClient.await(board, m -> m.path("type").asString().equals("alert")
          && m.path("alert").path("consultationId").asLong() == id, 5_000).path("alert");
      assertThat(alert.path("kind").asString()).isEqualTo("CONSULTATION_WAITING");
      assertThat(alert.path("waitedMinutes").asInt()).isGreaterThanOrEqualTo(5);
      assertThat(alert.path("windowId").asLong()).isEqualTo(call.windowId);
      scan.scan(java.time.Instant.now().plusSeconds(7 * 60));
      assertThat(waitingAlerts(coordinator, id)).as("raised once").isEqualTo(1);
      assertThat(waitingAlerts(new ApiClient(port).signedInAs("coordinator"), id)).as("seen above too").isEqualTo(1);
    }
  }

  @Autowired ConsultScan scan;
  @Autowired List<SubscriptionPolicy> policies;

  /** What the STOMP subscription check decides (the same policies StompConfiguration asks). */
  boolean maySubscribe(String username, String destination) {
    var account = accounts.findByUsername(username).orElseThrow();
    var user = new CurrentUser(account.id(), account.username(), account.displayName(), account.siteId(),
        account.roles());
    return policies.stream().filter(p -> p.covers(destination)).anyMatch(p -> p.allows(user, destination));
  }

  static long waitingAlerts(ApiClient coordinator, long consultationId) {
    long count = 0;
    for (JsonNode alert : coordinator.get("/api/board").json().path("alerts")) {
      if (alert.path("consultationId").asLong() == consultationId
          && alert.path("kind").asString().equals("CONSULTATION_WAITING")) {
        count++;
      }
    }
    return count;
  }

  static List<String> strings(JsonNode array) {
    List<String> values = new java.util.ArrayList<>();
    array.forEach(node -> values.add(node.asString()));
    return values;
  }

  static JsonNode find(JsonNode list, long id) {
    for (JsonNode item : list) {
      if (item.path("id").asLong() == id) {
        return item;
      }
    }
    return null;
  }

  static String requestPath(CallFixture call) {
    return "/api/calls/" + call.callId + "/consultations";
  }

  ApiClient available(String username) {
    var client = new ApiClient(port).signedInAs(username);
    var response = client.put("/api/experts/me/availability", Map.of("availability", "AVAILABLE"));
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return client;
  }

  long id(String username) {
    return accounts.findByUsername(username).orElseThrow().id();
  }
}
