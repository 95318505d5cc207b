package org.cloudwindow.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.cloudwindow.server.support.ApiClient;
import org.cloudwindow.server.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The catalogue over HTTP on the seeded database: search, look-up, export and import. */
@IntegrationTest
class CatalogApiIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final List<String> REQUIRED = List.of("高龄津贴申领", "丧葬补贴",
      "基本医疗保险参保人员历年账户家庭共济备案", "居住证办理", "最低生活保障对象认定", "残疾人两项补贴资格认定",
      "个体工商户设立登记");

  @LocalServerPort
  int port;

  @Autowired
  JdbcClient jdbc;

  private ApiClient worker() {
    return new ApiClient(port).signedInAs("worker-liangzhu");
  }

  private static List<JsonNode> list(ApiClient.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return StreamSupport.stream(response.json().spliterator(), false).toList();
  }

  private static String code(ApiClient client, String name) {
    return list(client.get("/api/matters?q=" + name)).get(0).path("code").asString();
  }

  @Test
  void theSeedHasTheRealMattersEveryDeploymentNeeds() {
    List<JsonNode> all = list(worker().get("/api/matters?limit=100"));
    assertThat(all).hasSizeGreaterThanOrEqualTo(40);
    assertThat(all).extracting(m -> m.path("name").asString()).containsAll(REQUIRED);
    assertThat(all).extracting(m -> m.path("departmentCode").asString()).containsOnly("CIVIL_AFFAIRS",
        "HUMAN_RESOURCES", "MEDICAL_INSURANCE", "PUBLIC_SECURITY", "MARKET_REGULATION", "VETERANS_AFFAIRS");
    assertThat(all).extracting(m -> m.path("handlingTier").asString()).contains("TOWNSHIP", "DISTRICT", "TWO_LEVEL");

    ApiClient worker = worker();
    JsonNode funeral = worker.get("/api/matters/" + code(worker, "丧葬补贴")).json();
    assertThat(funeral.path("handlingTier").asString()).isEqualTo("TWO_LEVEL");
    assertThat(funeral.path("departmentCode").asString()).isEqualTo("CIVIL_AFFAIRS");
    assertThat(funeral.path("materials").toString()).contains("DEATH_CERTIFICATE", "CREMATION_CERTIFICATE");
    JsonNode senior = worker.get("/api/matters/" + code(worker, "高龄津贴申领")).json();
    assertThat(senior.path("handlingTier").asString()).isEqualTo("TOWNSHIP");
    assertThat(senior.path("formFields").get(0).path("labelEn").asString()).isNotBlank();
  }

  @Test
  void searchFindsByCodeNameAliasAndPinyinBestFirst() {
    ApiClient worker = worker();
    JsonNode byCode = list(worker.get("/api/matters?q=330203-MZ-0001")).get(0);
    assertThat(byCode.path("name").asString()).isEqualTo("高龄津贴申领");
    assertThat(byCode.path("matchedBy").asString()).isEqualTo("CODE");
    assertThat(byCode.path("departmentName").asString()).isEqualTo("民政");

    assertThat(list(worker.get("/api/matters?q=丧葬补贴")).get(0).path("matchedBy").asString()).isEqualTo("NAME");
    JsonNode byAlias = list(worker.get("/api/matters?q=给80岁以上老人领钱")).get(0);
    assertThat(byAlias.path("name").asString()).isEqualTo("高龄津贴申领");
    assertThat(byAlias.path("matchedBy").asString()).isEqualTo("ALIAS");
    JsonNode byPinyin = list(worker.get("/api/matters?q=gljt")).get(0);
    assertThat(byPinyin.path("name").asString()).isEqualTo("高龄津贴申领");
    assertThat(byPinyin.path("matchedBy").asString()).isEqualTo("PINYIN");
    assertThat(list(worker.get("/api/matters?q=高龄补贴")).get(0).path("name").asString()).isEqualTo("高龄津贴申领");

    List<JsonNode> limited = list(worker.get("/api/matters?q=330203&limit=3"));
    assertThat(limited).hasSize(3);
    assertThat(new ApiClient(port).get("/api/matters?q=gljt").status()).isEqualTo(401);
  }

  @Test
  void aMatterHasItsMaterialsAndFormAndAnUnknownCodeIsA404Problem() {
    ApiClient worker = worker();
    JsonNode matter = worker.get("/api/matters/330203-mz-0001").json();
    assertThat(matter.path("code").asString()).isEqualTo("330203-MZ-0001");
    assertThat(matter.path("materials").get(0).path("code").asString()).isEqualTo("ID_CARD");
    assertThat(matter.path("formFields").toString()).contains("applicantIdNumber", "ID_NUMBER");

    ApiClient.Response missing = worker.get("/api/matters/330203-MZ-9999");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.problemCode()).isEqualTo("not-found");
  }

  @Test
  void anExportImportedBackLeavesTheCatalogueAsItWas() {
    ApiClient admin = new ApiClient(port).signedInAs("admin");
    ApiClient.Response export = admin.get("/api/admin/matters/export");
    assertThat(export.status()).isEqualTo(200);
    assertThat(export.contentType()).startsWith("application/json");
    int count = JSON.readTree(export.body()).size();
    assertThat(count).isEqualTo(jdbc.sql("select count(*) from matter").query(Integer.class).single());

    ApiClient.Response imported = admin.postRaw("/api/admin/matters/import", "application/json", export.body());

    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    assertThat(imported.json().path("unchanged").asInt()).isEqualTo(count);
    assertThat(imported.json().path("disabled").asInt()).isZero();
    assertThat(admin.get("/api/admin/matters/export").body()).isEqualTo(export.body());
  }

  @Test
  void theExportIsADatedAttachment() throws Exception {
    var headers = ExportDownload.headers(port, "admin");
    assertThat(headers.get("content-disposition")).matches("attachment; filename=\"cloudwindow-matters-\\d{8}\\.json\"");
  }

  @Test
  void mattersLeftOutOfAnImportAreDisabledNotDeleted() {
    ApiClient admin = new ApiClient(port).signedInAs("admin");
    String full = admin.get("/api/admin/matters/export").body();
    ArrayNode matters = (ArrayNode) JSON.readTree(full);
    String dropped = matters.get(matters.size() - 1).path("code").asString();
    matters.remove(matters.size() - 1);
    try {
      ApiClient.Response imported = admin.postRaw("/api/admin/matters/import", "application/json", JSON.writeValueAsString(matters));
      assertThat(imported.json().path("disabled").asInt()).as(imported.body()).isEqualTo(1);
      JsonNode kept = admin.get("/api/matters/" + dropped).json();
      assertThat(kept.path("enabled").asBoolean()).isFalse();
      assertThat(list(admin.get("/api/matters?q=" + dropped))).isEmpty();
    } finally {
      ApiClient.Response restored = admin.postRaw("/api/admin/matters/import", "application/json", full);
      assertThat(restored.json().path("updated").asInt()).as(restored.body()).isEqualTo(1);
    }
    assertThat(list(admin.get("/api/matters?q=" + dropped))).hasSize(1);
  }

  @Test
  void anInvalidImportIsRefusedWholeWithTheLinesOfItsProblems() {
    ApiClient admin = new ApiClient(port).signedInAs("admin").inEnglish();
    String before = admin.get("/api/admin/matters/export").body();
    ArrayNode matters = (ArrayNode) JSON.readTree(before);
    ((ObjectNode) matters.get(0)).put("name", "改名后的高龄津贴");
    ((ObjectNode) matters.get(3)).put("departmentCode", "FOO");
    String file = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(matters);
    int fooLine = MatterReaderTest.line(file, "\"FOO\"");

    ApiClient.Response refused = admin.postRaw("/api/admin/matters/import", "application/json", file);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.problemCode()).isEqualTo("validation");
    JsonNode error = refused.json().path("errors").get(0);
    assertThat(refused.json().path("errors").size()).isEqualTo(1);
    assertThat(error.path("field").asString()).isEqualTo("[3].departmentCode");
    assertThat(error.path("code").asString()).isEqualTo("not-found");
    assertThat(error.path("line").asInt()).isEqualTo(fooLine);
    assertThat(error.path("message").asString()).isEqualTo("line " + fooLine + ": unknown department FOO.");
    assertThat(admin.get("/api/admin/matters/export").body()).isEqualTo(before);

    ApiClient.Response chinese = new ApiClient(port).signedInAs("admin")
        .postRaw("/api/admin/matters/import", "application/json", file);
    assertThat(chinese.json().path("errors").get(0).path("message").asString())
        .isEqualTo("第 " + fooLine + " 行:未知部门 FOO。");
  }

  @Test
  void unreadableJsonIsAMalformedProblemWithItsLine() {
    ApiClient admin = new ApiClient(port).signedInAs("admin");
    ApiClient.Response refused = admin.postRaw("/api/admin/matters/import", "application/json", "[\n  {\"code\": \n]");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.problemCode()).isEqualTo("malformed");
    assertThat(refused.json().path("errors").get(0).path("line").asInt()).isEqualTo(3);
    assertThat(admin.postRaw("/api/admin/matters/import", "text/plain", "[]").status()).isEqualTo(415);
  }

  @Test
  void onlyAdminsExportAndImport() {
    ApiClient worker = worker();
    ApiClient.Response refused = worker.postRaw("/api/admin/matters/import", "application/json", "[]");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.problemCode()).isEqualTo("forbidden");
    assertThat(worker.get("/api/admin/matters/export").status()).isEqualTo(403);
  }

  @Test
  void theServiceChecksFormValuesAgainstTheMattersSchema(@Autowired CatalogService catalog) {
    var problems = catalog.validateForm("330203-MZ-0001", Map.of("applicantName", "王秀英",
        "applicantIdNumber", "330203193807150044", "phone", "13812345678"));
    assertThat(problems).extracting(p -> p.field() + ":" + p.code())
        .contains("applicantIdNumber:id-number", "birthDate:required").doesNotContain("phone:phone");
  }
}
