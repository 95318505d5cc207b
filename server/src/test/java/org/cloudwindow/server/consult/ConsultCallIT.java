package org.cloudwindow.server.consult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cloudwindow.server.consult.ConsultSteps.assignedAndAccepted;
import static org.cloudwindow.server.consult.ConsultSteps.available;
import static org.cloudwindow.server.consult.ConsultSteps.participant;
import static org.cloudwindow.server.consult.ConsultSteps.request;

import java.util.List;
import java.util.Map;
import org.cloudwindow.server.account.AccountService;
import org.cloudwindow.server.support.ApiClient;
import org.cloudwindow.server.support.CallFixture;
import org.cloudwindow.server.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The consultation's people in its call: experts and coordinators who hang up only leave, and an
 * expert may come back while it is live; everyone staff in the call finds the call's consultation.
 */
@IntegrationTest
class ConsultCallIT {

  @LocalServerPort int port;
  @Autowired AccountService accounts;

  @Test
  void anExpertOrCoordinatorWhoHangsUpOnlyLeavesAndTheExpertMayComeBack() {
    var expert = available(port, "expert-civil");
    long expertId = id("expert-civil");
    var coordinator = new ApiClient(port).signedInAs("coordinator");
    long coordinatorId = id("coordinator");
    try (var call = new CallFixture(port, "worker-liangzhu", "clerk-gaoqiao", 771)) {
      call.join(call.worker, "worker-page");
      call.join(call.clerk, "clerk-page");
      long id = request(call, "户籍迁移后的高龄津贴");
      assignedAndAccepted(coordinator, expert, id, expertId);
      call.join(expert, "expert-page");
      assertThat(coordinator.post("/api/consultations/" + id + "/join-as-coordinator", Map.of()).status()).isEqualTo(200);
      call.join(coordinator, "coordinator-page");
      assertThat(availability(expert)).isEqualTo("BUSY");

      assertThat(expert.post("/api/calls/" + call.callId + "/hangup", Map.of()).status()).isEqualTo(204);
      var afterExpert = call.clerk.get("/api/calls/" + call.callId).json();
      assertThat(afterExpert.path("state").asString()).as("the call goes on").isEqualTo("CONNECTED");
      assertThat(participant(afterExpert, expertId).path("present").asBoolean()).isFalse();
      assertThat(participant(afterExpert, call.workerId).path("present").asBoolean()).isTrue();
      assertThat(availability(expert)).as("free again").isEqualTo("AVAILABLE");

      assertThat(coordinator.post("/api/calls/" + call.callId + "/hangup", Map.of()).status()).isEqualTo(204);
      var afterCoordinator = call.worker.get("/api/calls/" + call.callId).json();
      assertThat(afterCoordinator.path("state").asString()).isEqualTo("CONNECTED");
      assertThat(participant(afterCoordinator, coordinatorId).path("present").asBoolean()).isFalse();
      assertThat(participant(afterCoordinator, call.clerkId).path("present").asBoolean()).isTrue();

      var back = call.join(expert, "expert-page-2");
      assertThat(participant(back, expertId).path("present").asBoolean()).as("rejoined while live").isTrue();
      assertThat(availability(expert)).isEqualTo("BUSY");

      assertThat(call.clerk.post("/api/calls/" + call.callId + "/hangup", Map.of()).status()).isEqualTo(204);
      assertThat(call.worker.get("/api/calls/" + call.callId).json().path("state").asString())
          .as("the clerk ends it for everyone").isEqualTo("ENDED");
      assertThat(availability(expert)).isEqualTo("AVAILABLE");
    }
  }

  @Test
  void aCallHoldsAtMostSixPeople() {
    List<String> experts = List.of("expert-civil", "expert-business", "expert-social", "expert-gaoqiao");
    experts.forEach(username -> available(port, username));
    var coordinator = new ApiClient(port).signedInAs("coordinator");
    try (var call = new CallFixture(port, "worker-liangzhu", "clerk-gaoqiao", 773)) {
      long id = request(call, "六人会商");
      var four = coordinator.post("/api/consultations/" + id + "/assign",
          Map.of("expertIds", experts.stream().map(this::id).toList()));
      assertThat(four.status()).as("worker, clerk and four experts: six").isEqualTo(200);
      var seventh = coordinator.inEnglish().post("/api/consultations/" + id + "/join-as-coordinator", Map.of());
      assertThat(seventh.status()).isEqualTo(409);
      assertThat(seventh.problemCode()).isEqualTo("consult.call-full");
      assertThat(call.clerk.get("/api/calls/" + call.callId).json().path("participants").size()).isEqualTo(6);
    }
  }

  @Test
  void theStaffInACallFindItsConsultationLiveOrLatest() {
    var expert = available(port, "expert-civil");
    var coordinator = new ApiClient(port).signedInAs("coordinator");
    var stranger = available(port, "expert-business");
    try (var call = new CallFixture(port, "worker-liangzhu", "clerk-gaoqiao", 772)) {
      String path = "/api/calls/" + call.callId + "/consultation";
      var none = call.clerk.inEnglish().get(path);
      assertThat(none.status()).isEqualTo(404);
      assertThat(none.problemCode()).isEqualTo("not-found");

      long id = request(call, "第一次会商");
      var desk = call.clerk.get(path);
      assertThat(desk.status()).as(desk.body()).isEqualTo(200);
      assertThat(desk.json().path("id").asLong()).isEqualTo(id);
      assertThat(desk.json().path("state").asString()).isEqualTo("OPEN");
      assertThat(desk.json().path("candidates").isEmpty()).as("a clerk's copy").isTrue();

      var tablet = call.worker.get(path);
      assertThat(tablet.status()).isEqualTo(403);
      assertThat(tablet.problemCode()).isEqualTo("forbidden");
      assertThat(stranger.get(path).problemCode()).as("not in the call").isEqualTo("not-found");
      assertThat(coordinator.get(path).status()).as("not in the call").isEqualTo(404);

      assignedAndAccepted(coordinator, expert, id, id("expert-civil"));
      assertThat(expert.get(path).json().path("state").asString()).isEqualTo("ANSWERED");
      coordinator.post("/api/consultations/" + id + "/join-as-coordinator", Map.of());
      assertThat(coordinator.get(path).json().path("candidates").isArray()).isTrue();

      var concluded = call.clerk.post("/api/consultations/" + id + "/conclude", Map.of("conclusion", "按新户籍办理"));
      assertThat(concluded.status()).as(concluded.body()).isEqualTo(200);
      assertThat(call.clerk.get(path).json().path("state").asString()).as("the latest").isEqualTo("CONCLUDED");

      long second = request(call, "第二次会商");
      assertThat(call.clerk.get(path).json().path("id").asLong()).as("the live one first").isEqualTo(second);
    }
  }

  @Test
  void anExpertInTheConsultationSeesWhomToSuggestAndTheBoardSeesTheSuggestion() {
    var expert = available(port, "expert-civil");
    available(port, "expert-business");
    long business = id("expert-business");
    var coordinator = new ApiClient(port).signedInAs("coordinator");
    try (var call = new CallFixture(port, "worker-liangzhu", "clerk-gaoqiao", 773)) {
      long id = request(call, "涉及个体工商户的高龄津贴");
      String path = "/api/consultations/" + id + "/suggestable-experts";
      assertThat(expert.get(path).status()).as("not assigned yet").isEqualTo(404);
      assignedAndAccepted(coordinator, expert, id, id("expert-civil"));

      var listed = expert.get(path);
      assertThat(listed.status()).as(listed.body()).isEqualTo(200);
      assertThat(listed.json().findValues("expertId").stream().map(JsonNode::asLong))
          .contains(business).doesNotContain(id("expert-civil"));
      var other = expertIn(listed.json(), business);
      assertThat(other.propertyNames()).containsExactlyInAnyOrder("expertId", "displayName", "tags", "matchedTags",
          "availability");
      assertThat(other.path("availability").asString()).isEqualTo("AVAILABLE");
      assertThat(ConsultIT.strings(other.path("tags"))).contains("企业开办");
      assertThat(available(port, "expert-social").get(path).status()).as("another expert").isEqualTo(404);
      assertThat(call.worker.get(path).status()).isEqualTo(404);

      var self = expert.post("/api/consultations/" + id + "/suggest", Map.of("expertId", id("expert-civil"),
          "reason", "x"));
      assertThat(self.problemCode()).isEqualTo("consult.already-assigned");
      assertThat(expert.post("/api/consultations/" + id + "/suggest", Map.of("expertId", business,
          "reason", "个体工商户的经营收入认定")).status()).isEqualTo(200);
      var board = ConsultIT.find(coordinator.get("/api/consultations").json(), id);
      assertThat(board.path("suggestions").get(0).path("expertId").asLong()).isEqualTo(business);
      assertThat(board.path("suggestions").get(0).path("reason").asString()).isEqualTo("个体工商户的经营收入认定");

      coordinator.post("/api/consultations/" + id + "/assign", Map.of("expertIds", List.of(business)));
      assertThat(expert.get(path).json().findValues("expertId").stream().map(JsonNode::asLong))
          .as("already invited").doesNotContain(business);
    }
  }

  private static JsonNode expertIn(JsonNode experts, long expertId) {
    for (JsonNode expert : experts) {
      if (expert.path("expertId").asLong() == expertId) {
        return expert;
      }
    }
    throw new AssertionError("no expert " + expertId + " in " + experts);
  }

  static String availability(ApiClient expert) {
    return expert.get("/api/experts/me").json().path("availability").asString();
  }

  long id(String username) {
    return accounts.findByUsername(username).orElseThrow().id();
  }
}
