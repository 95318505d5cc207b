package org.cloudwindow.server.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.cloudwindow.server.material.CaseMaterialsFixture;
import org.cloudwindow.server.support.ApiClient;
import org.cloudwindow.server.support.IntegrationTest;
import org.cloudwindow.server.support.StompTestClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The lifecycle through the API: a township case from draft to concluded with a supplement
 * round, a two-level case reviewed by the district, and a refusal; each with the steps that must
 * be refused on the way, the deadlines, the case number, notifications and the timeline.
 */
@IntegrationTest
class CaseLifecycleIT {

  @LocalServerPort
  int port;

  @Autowired
  JdbcClient jdbc;

  @Autowired
  WorkingDays workingDays;

  @Test
  void aTownshipCaseGoesThroughSupplementsToConclusion() throws Exception {
    try (var c = new CaseFixture(port, "worker-liangzhu", "clerk-gaoqiao", "高龄津贴");
        var workerStomp = StompTestClient.connect(port, c.worker)) {
      var notifications = workerStomp.subscribe("/user/queue/notifications");
      var topic = workerStomp.subscribe("/topic/cases/" + c.caseId);
      Thread.sleep(300);
      LocalDate today = LocalDate.now(WorkingDays.ZONE);
      assertThat(strings(c.view(c.worker).path("actions"))).containsExactly("submit");
      assertThat(strings(c.view(c.clerk).path("actions"))).isEmpty();
      assertThat(step(c.clerk, c, "accept").problemCode()).isEqualTo("case.transition-not-allowed");
      assertThat(step(c.worker, c, "accept").status()).isEqualTo(403);
      assertThat(step(new ApiClient(port).signedInAs("clerk-gulin"), c, "submit").status()).isEqualTo(403);
      assertThat(step(c.worker, c, "fly").status()).isEqualTo(400);

      ApiClient.Response incomplete = step(c.worker, c, "submit");
      assertThat(incomplete.status()).isEqualTo(422);
      assertThat(incomplete.problemCode()).isEqualTo("case.invalid-field");
      assertThat(incomplete.json().path("errors").findValuesAsString("field")).contains("birthDate", "address", "bankAccount");
      assertThat(c.view(c.worker).path("state").asString()).isEqualTo("DRAFT");

      fillForm(c);
      JsonNode submitted = ok(step(c.worker, c, "submit"));
      assertThat(submitted.path("state").asString()).isEqualTo("SUBMITTED");
      assertThat(submitted.path("submittedAt").isNull()).isFalse();
      assertThat(submitted.path("decisionDeadline").asString()).isEqualTo(workingDays.plus(today, 5).toString());
      assertThat(c.worker.patch("/api/cases/" + c.caseId + "/form", Map.of("address", "x")).problemCode())
          .isEqualTo("case.not-editable");
      assertThat(strings(c.view(c.clerk).path("actions")))
          .containsExactly("accept", "not-accept", "request-supplement");

      ApiClient.Response unverified = step(c.clerk, c, "accept");
      assertThat(unverified.status()).isEqualTo(422);
      assertThat(unverified.problemCode()).isEqualTo("case.materials-not-verified");
      assertThat(unverified.json().path("errors").findValuesAsString("field"))
          .containsExactly("ID_CARD", "HOUSEHOLD_REGISTER", "BANK_CARD");
      assertThat(c.view(c.clerk).path("state").asString()).isEqualTo("SUBMITTED");

      CaseMaterialsFixture.uploadMandatory(port, c.worker, c.caseId);
      CaseMaterialsFixture.reject(c.clerk, c.caseId, "BANK_CARD", "卡号看不清");
      CaseMaterialsFixture.verifyUploaded(c.clerk, c.caseId);
      // A value the catalogue no longer accepts (its rules changed after the entry) must be listed too.
      jdbc.sql("update case_form_value set value = '\"12345\"' where case_id = ? and field = 'phone'").param(c.caseId).update();
      JsonNode supplement = ok(step(c.clerk, c, "request-supplement", "reason", "请补交银行卡"));
      assertThat(supplement.path("state").asString()).isEqualTo("SUPPLEMENT_REQUESTED");
      assertThat(supplement.path("supplementDeadline").asString()).isEqualTo(workingDays.plus(today, 5).toString());
      JsonNode items = supplement.path("supplement").path("items");
      assertThat(items.size()).isEqualTo(2);
      assertThat(items.get(0).path("kind").asString()).isEqualTo("MATERIAL");
      assertThat(items.get(0).path("code").asString()).isEqualTo("BANK_CARD");
      assertThat(items.get(0).path("reason").asString()).isEqualTo("卡号看不清");
      assertThat(items.get(1).path("kind").asString()).isEqualTo("FIELD");
      assertThat(items.get(1).path("code").asString()).isEqualTo("phone");
      assertThat(items.get(1).path("name").asString()).isEqualTo("联系电话");
      assertThat(supplement.path("supplement").path("note").asString()).isEqualTo("请补交银行卡");
      JsonNode told = StompTestClient.await(notifications, m -> m.path("type").asString().equals("case"), 5_000);
      assertThat(told.path("change").asString()).isEqualTo("request-supplement");
      assertThat(told.path("state").asString()).isEqualTo("SUPPLEMENT_REQUESTED");

      ok(c.worker.patch("/api/cases/" + c.caseId + "/form", Map.of("phone", "13922223333")));
      CaseMaterialsFixture.uploadMandatory(port, c.worker, c.caseId);
      CaseMaterialsFixture.verifyUploaded(c.clerk, c.caseId);
      ok(step(c.worker, c, "submit"));
      JsonNode accepted = ok(step(c.clerk, c, "accept"));
      assertThat(accepted.path("state").asString()).isEqualTo("ACCEPTED");
      String siteCode = jdbc.sql("select s.code from site s join service_window w on w.site_id = s.id where w.id = ?")
          .param(c.windowId).query(String.class).single();
      assertThat(accepted.path("caseNumber").asString())
          .matches(siteCode + "-" + DateTimeFormatter.BASIC_ISO_DATE.format(today) + "-\\d{4}");
      assertThat(accepted.path("promisedBy").asString()).isEqualTo(workingDays.plus(today, 5).toString());
      JsonNode state = StompTestClient.await(topic, m -> m.path("type").asString().equals("state")
          && m.path("state").asString().equals("ACCEPTED"), 5_000);
      assertThat(state.path("caseNumber").asString()).isEqualTo(accepted.path("caseNumber").asString());

      assertThat(step(c.clerk, c, "prelim-review").problemCode()).as("one-level").isEqualTo("case.transition-not-allowed");
      assertThat(step(c.clerk, c, "conclude").status()).as("delivery required").isEqualTo(400);
      assertThat(step(c.worker, c, "conclude", "delivery", "POST").status()).isEqualTo(403);
      JsonNode concluded = ok(step(c.clerk, c, "conclude", "delivery", "POST"));
      assertThat(concluded.path("state").asString()).isEqualTo("CONCLUDED");
      assertThat(concluded.path("delivery").asString()).isEqualTo("POST");
      assertThat(strings(concluded.path("actions"))).isEmpty();

      JsonNode timeline = ok(c.worker.get("/api/cases/" + c.caseId + "/timeline"));
      assertThat(timeline.findValuesAsString("kind")).containsSubsequence("CREATED", "FORM_CHANGED", "SUBMIT",
          "REQUEST_SUPPLEMENT", "SUBMIT", "ACCEPT", "CONCLUDE");
      for (JsonNode event : timeline) {
        if (event.path("kind").asString().equals("REQUEST_SUPPLEMENT")) {
          assertThat(event.path("fromState").asString()).isEqualTo("SUBMITTED");
          assertThat(event.path("reason").asString()).isEqualTo("请补交银行卡");
          assertThat(event.path("detail").path("items").size()).isEqualTo(2);
          assertThat(event.path("actor").path("role").asString()).isEqualTo("CLERK");
          assertThat(event.path("actor").path("displayName").asString()).isNotBlank();
        }
      }
      assertThat(timeline.toString()).as("ID numbers and phones masked").doesNotContain("13922223333");

      String number = accepted.path("caseNumber").asString();
      assertThat(ok(c.worker.get("/api/cases?state=CONCLUDED&limit=200")).findValuesAsString("caseNumber")).contains(number);
      JsonNode listed = ok(c.clerk.get("/api/cases?limit=200"));
      assertThat(listed.findValuesAsString("caseNumber")).contains(number);
      assertThat(listed.toString()).doesNotContain(c.idNumber);
      assertThat(ok(new ApiClient(port).signedInAs("coordinator-gaoqiao").get("/api/cases?limit=200"))
          .findValuesAsString("caseNumber")).contains(number);
      assertThat(ok(new ApiClient(port).signedInAs("worker-gulin").get("/api/cases?limit=200"))
          .findValuesAsString("caseNumber")).doesNotContain(number);
    }
  }

  @Test
  void aTwoLevelCaseIsPreReviewedAtTheTownshipAndApprovedAtTheDistrict() throws Exception {
    try (var c = new CaseFixture(port, "worker-liangzhu", "clerk-gaoqiao", "丧葬补贴");
        var workerStomp = StompTestClient.connect(port, c.worker)) {
      var notifications = workerStomp.subscribe("/user/queue/notifications");
      Thread.sleep(300);
      ok(c.worker.patch("/api/cases/" + c.caseId + "/form", Map.of("deceasedName", "王老伯",
          "deceasedIdNumber", org.cloudwindow.server.support.IdNumbers.elderly(321), "dateOfDeath", "2026-11-01",
          "cremationDate", "2026-11-03", "relation", "CHILD", "bankName", "宁波银行", "bankAccount", "6222000011112222")));
      CaseMaterialsFixture.uploadMandatory(port, c.worker, c.caseId);
      ok(step(c.worker, c, "submit"));
      CaseMaterialsFixture.verifyUploaded(c.clerk, c.caseId);
      ok(step(c.clerk, c, "accept"));

      ApiClient district = new ApiClient(port).signedInAs("clerk-district");
      long districtWindow = district.get("/api/duty").json().path("windows").get(0).path("id").asLong();
      assertThat(ok(district.get("/api/cases?limit=200")).findValuesAsString("id")).doesNotContain(String.valueOf(c.caseId));
      assertThat(district.get("/api/cases/" + c.caseId).status()).isEqualTo(403);
      assertThat(strings(c.view(c.clerk).path("actions"))).containsExactly("prelim-review");
      assertThat(step(c.clerk, c, "conclude", "delivery", "PICKUP").problemCode()).isEqualTo("case.transition-not-allowed");

      JsonNode reviewed = ok(step(c.clerk, c, "prelim-review"));
      assertThat(reviewed.path("state").asString()).isEqualTo("PRELIM_REVIEWED");
      assertThat(reviewed.path("reviewWindowId").asLong()).isEqualTo(districtWindow);
      JsonNode review = ok(district.get("/api/cases?state=PRELIM_REVIEWED&limit=200"));
      assertThat(review.findValuesAsString("id")).contains(String.valueOf(c.caseId));
      JsonNode seen = ok(district.get("/api/cases/" + c.caseId));
      assertThat(strings(seen.path("actions"))).containsExactly("approve", "deny");
      assertThat(seen.path("applicant").path("idNumber").asString()).as("a participant sees it whole").isEqualTo(c.idNumber);
      assertThat(step(c.clerk, c, "approve").status()).as("the township does not approve").isEqualTo(403);
      assertThat(step(district, c, "deny").status()).as("a denial needs a reason").isEqualTo(400);

      JsonNode approved = ok(step(district, c, "approve", "reason", "符合条件"));
      assertThat(approved.path("state").asString()).isEqualTo("APPROVED");
      JsonNode told = StompTestClient.await(notifications, m -> m.path("change").asString().equals("approve"), 5_000);
      assertThat(told.path("caseId").asLong()).isEqualTo(c.caseId);
      assertThat(told.path("reason").asString()).isEqualTo("符合条件");
      JsonNode concluded = ok(step(district, c, "conclude", "delivery", "ELECTRONIC"));
      assertThat(concluded.path("state").asString()).isEqualTo("CONCLUDED");
      assertThat(concluded.path("concludedAt").isNull()).isFalse();
    }
  }

  @Test
  void aRefusalNeedsAReasonAndEndsTheCase() {
    try (var c = new CaseFixture(port, "worker-liangzhu", "clerk-gaoqiao", "高龄津贴")) {
      fillForm(c);
      ok(step(c.worker, c, "submit"));
      assertThat(step(c.clerk, c, "not-accept").status()).isEqualTo(400);
      assertThat(step(c.clerk, c, "not-accept", "reason", "x".repeat(501)).status()).isEqualTo(400);
      JsonNode refused = ok(step(c.clerk, c, "not-accept", "reason", "申请人未满80周岁"));
      assertThat(refused.path("state").asString()).isEqualTo("NOT_ACCEPTED");
      assertThat(refused.path("caseNumber").isNull()).isTrue();
      assertThat(step(c.worker, c, "submit").problemCode()).isEqualTo("case.transition-not-allowed");
      assertThat(c.view(c.clerk).path("state").asString()).isEqualTo("NOT_ACCEPTED");
    }
  }

  static void fillForm(CaseFixture c) {
    ok(c.worker.patch("/api/cases/" + c.caseId + "/form", Map.of("birthDate", "1940-01-01", "address", "梁祝村8号",
        "bankName", "宁波银行", "bankAccount", "6222000011112222", "agentRelation", "COMMUNITY")));
  }

  static ApiClient.Response step(ApiClient user, CaseFixture c, String action, String... more) {
    Map<String, Object> body = new java.util.HashMap<>(Map.of("action", action));
    for (int i = 0; i + 1 < more.length; i += 2) {
      body.put(more[i], more[i + 1]);
    }
    return user.post("/api/cases/" + c.caseId + "/transitions", body);
  }

  static java.util.List<String> strings(JsonNode array) {
    java.util.List<String> values = new java.util.ArrayList<>();
    array.forEach(v -> values.add(v.asString()));
    return values;
  }

  static JsonNode ok(ApiClient.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }
}
