package org.cloudwindow.server.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cloudwindow.server.support.ApiClient;
import org.cloudwindow.server.support.IdNumbers;
import org.cloudwindow.server.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The case's form over REST: prefill, per-field versions, bad input refused whole, merged matters. */
@IntegrationTest
class CaseFormIT {

  @LocalServerPort
  int port;

  @Autowired
  JdbcClient jdbc;

  @Test
  void theFormStartsFilledFromTheTicketAndEveryWriteRaisesTheFieldsVersion() {
    try (var c = new CaseFixture(port, "worker-liangzhu", "clerk-gaoqiao", "高龄津贴")) {
      JsonNode view = c.view(c.clerk);
      assertThat(view.path("matters").findValuesAsString("code")).hasSize(1);
      assertThat(view.path("fields").findValuesAsString("name")).contains("applicantName", "applicantIdNumber", "address");
      JsonNode idField = field(view, "applicantIdNumber");
      assertThat(idField.path("sensitive").asBoolean()).isTrue();
      assertThat(idField.path("type").asString()).isEqualTo("ID_NUMBER");
      assertThat(field(view, "address").path("sensitive").asBoolean()).isFalse();
      assertThat(view.path("form").path("applicantName").path("value").asString()).isEqualTo(c.applicantName);
      assertThat(view.path("form").path("applicantIdNumber").path("value").asString()).isEqualTo(c.idNumber);
      assertThat(view.path("form").path("applicantName").path("by").isNull()).isTrue();
      assertThat(view.path("form").path("address").path("version").asInt()).isZero();

      long workerId = CaseFixture.userId(c.worker);
      JsonNode form = ok(c.worker.patch("/api/cases/" + c.caseId + "/form", Map.of("address", "高桥镇一号", "agentRelation", "SELF")));
      assertThat(form.path("form").path("address").path("version").asInt()).isEqualTo(1);
      assertThat(form.path("form").path("address").path("by").asLong()).isEqualTo(workerId);
      form = ok(c.clerk.patch("/api/cases/" + c.caseId + "/form", Map.of("address", "高桥镇二号")));
      assertThat(form.path("form").path("address").path("version").asInt()).isEqualTo(2);
      assertThat(form.path("form").path("address").path("value").asString()).isEqualTo("高桥镇二号");
      form = ok(c.clerk.patch("/api/cases/" + c.caseId + "/form", Map.of("address", "高桥镇二号")));
      assertThat(form.path("form").path("address").path("version").asInt()).as("the same value is no new write").isEqualTo(2);

      String other = IdNumbers.numbered(45_999);
      ok(c.clerk.patch("/api/cases/" + c.caseId + "/form", Map.of("applicantIdNumber", other.toLowerCase())));
      assertThat(c.view(c.worker).path("form").path("applicantIdNumber").path("value").asString()).isEqualTo(other);
      String changes = jdbc.sql("select changes::text from case_event where case_id = ? and kind = 'FORM_CHANGED' "
          + "and changes::text like '%applicantIdNumber%'").param(c.caseId).query(String.class).single();
      assertThat(changes).as("the timeline masks ID numbers").doesNotContain(c.idNumber).doesNotContain(other)
          .contains(c.idNumber.substring(0, 3) + "***********" + c.idNumber.substring(14));
    }
  }

  @Test
  void badValuesAreRefusedWholeWithProblemDetailsAndNothingChanges() {
    try (var c = new CaseFixture(port, "worker-liangzhu", "clerk-gaoqiao", "高龄津贴")) {
      String path = "/api/cases/" + c.caseId + "/form";
      JsonNode before = c.view(c.worker).path("form");

      ApiClient.Response unknown = c.worker.patch(path, Map.of("address", "x", "nickname", "阿婆"));
      assertThat(unknown.status()).isEqualTo(422);
      assertThat(unknown.problemCode()).isEqualTo("case.unknown-field");
      assertThat(unknown.json().path("errors").findValuesAsString("field")).containsExactly("nickname");

      Map<String, Object> bad = new LinkedHashMap<>();
      bad.put("bankName", "工商银行");
      bad.put("address", "长".repeat(201));
      bad.put("applicantIdNumber", "330203194001011235");
      bad.put("phone", "12345");
      bad.put("birthDate", "2026-02-30");
      bad.put("agentRelation", "NEIGHBOUR");
      bad.put("bankAccount", List.of("6222"));
      ApiClient.Response invalid = c.clerk.inEnglish().patch(path, bad);
      assertThat(invalid.status()).isEqualTo(422);
      assertThat(invalid.problemCode()).isEqualTo("case.invalid-field");
      Map<String, String> codes = new LinkedHashMap<>();
      invalid.json().path("errors").forEach(e -> codes.put(e.path("field").asString(), e.path("code").asString()));
      assertThat(codes).containsEntry("address", "too-long").containsEntry("applicantIdNumber", "id-number")
          .containsEntry("phone", "phone").containsEntry("birthDate", "date").containsEntry("agentRelation", "option")
          .containsEntry("bankAccount", "type").doesNotContainKey("bankName");
      assertThat(invalid.json().path("errors").get(0).path("message").asString()).isNotBlank();

      assertThat(c.worker.patch(path, "[1,2]").status()).isEqualTo(400);
      ApiClient.Response stranger = new ApiClient(port).signedInAs("worker-shiqi").patch(path, Map.of("address", "x"));
      assertThat(stranger.status()).isEqualTo(403);
      ApiClient coordinator = new ApiClient(port).signedInAs("coordinator-gaoqiao");
      assertThat(coordinator.get("/api/cases/" + c.caseId).status()).as("coordinators read").isEqualTo(200);
      assertThat(coordinator.patch(path, Map.of("address", "x")).status()).as("but do not edit").isEqualTo(403);

      assertThat(c.view(c.worker).path("form")).as("nothing stored").isEqualTo(before);
      assertThat(jdbc.sql("select count(*) from case_event where case_id = ? and kind = 'FORM_CHANGED'")
          .param(c.caseId).query(Long.class).single()).isZero();

      jdbc.sql("update case_record set state = 'SUBMITTED' where id = ?").param(c.caseId).update();
      ApiClient.Response locked = c.worker.patch(path, Map.of("address", "x"));
      assertThat(locked.status()).isEqualTo(409);
      assertThat(locked.problemCode()).isEqualTo("case.not-editable");
      jdbc.sql("update case_record set state = 'DRAFT' where id = ?").param(c.caseId).update();
    }
  }

  @Test
  void mattersJoinTheCaseAndMergeFieldsAndMaterials() {
    try (var c = new CaseFixture(port, "worker-liangzhu", "clerk-gaoqiao", "高龄津贴")) {
      String relief = CaseFixture.matterCode(c.worker, "临时救助");
      JsonNode view = ok(c.worker.post("/api/cases/" + c.caseId + "/matters", Map.of("code", relief)));
      assertThat(view.path("matters").findValuesAsString("name")).containsExactly("高龄津贴申领", "临时救助申请");
      List<String> names = view.path("fields").findValuesAsString("name");
      assertThat(names).doesNotHaveDuplicates().contains("agentRelation", "hardship", "monthlyIncome");
      assertThat(names.indexOf("agentRelation")).isLessThan(names.indexOf("hardship"));
      assertThat(view.path("form").path("applicantName").path("value").asString()).isEqualTo(c.applicantName);
      assertThat(view.path("form").path("hardship").path("version").asInt()).isZero();
      List<String> slots = c.clerk.get("/api/cases/" + c.caseId + "/materials").json().path("slots").findValuesAsString("code");
      assertThat(slots).contains("BANK_CARD", "MEDICAL_INVOICES").doesNotHaveDuplicates();

      assertThat(c.worker.post("/api/cases/" + c.caseId + "/matters", Map.of("code", relief)).problemCode())
          .isEqualTo("case.matter-present");
      String marriage = CaseFixture.matterCode(c.worker, "结婚登记");
      ApiClient.Response district = c.worker.post("/api/cases/" + c.caseId + "/matters", Map.of("code", marriage));
      assertThat(district.status()).isEqualTo(422);
      assertThat(district.problemCode()).isEqualTo("case.matter-not-combinable");
      assertThat(c.worker.post("/api/cases/" + c.caseId + "/matters", Map.of("code", "NO-SUCH")).status()).isEqualTo(400);

      view = ok(c.clerk.delete("/api/cases/" + c.caseId + "/matters/" + relief));
      assertThat(view.path("matters").findValuesAsString("code")).hasSize(1);
      assertThat(view.path("fields").findValuesAsString("name")).doesNotContain("hardship");
      assertThat(c.clerk.get("/api/cases/" + c.caseId + "/materials").json().path("slots").findValuesAsString("code"))
          .doesNotContain("MEDICAL_INVOICES");
      String only = view.path("matterCode").asString();
      assertThat(c.clerk.delete("/api/cases/" + c.caseId + "/matters/" + only).problemCode()).isEqualTo("case.last-matter");
      assertThat(jdbc.sql("select count(*) from case_event where case_id = ? and kind in ('MATTER_ADDED', 'MATTER_REMOVED')")
          .param(c.caseId).query(Long.class).single()).isEqualTo(2);
    }
  }

  static JsonNode field(JsonNode view, String name) {
    for (JsonNode f : view.path("fields")) {
      if (f.path("name").asString().equals(name)) {
        return f;
      }
    }
    throw new AssertionError("no field " + name);
  }

  static JsonNode ok(ApiClient.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }
}
