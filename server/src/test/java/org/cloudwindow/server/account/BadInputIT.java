package org.cloudwindow.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.cloudwindow.server.support.ApiClient;
import org.cloudwindow.server.support.ApiClient.Response;
import org.cloudwindow.server.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Bad input gets a 4xx problem detail, never a 500, and leaves nothing written behind. */
@IntegrationTest
class BadInputIT {

  private static final String TEN_KB = "a".repeat(10 * 1024);

  @LocalServerPort
  int port;

  @Autowired
  JdbcClient jdbc;

  @Test
  void badSignInFieldsAreValidationProblemsAndTouchNoCounter() {
    long throttleRows = count("login_throttle");
    var client = new ApiClient(port);

    Response empty = client.post("/api/auth/login", Map.of("username", "", "password", ""));
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.problemCode()).isEqualTo("validation");
    assertThat(empty.json().path("errors").findValuesAsString("field")).contains("username", "password");

    for (Map<String, String> body : List.of(
        Map.of("username", TEN_KB, "password", "x"),
        Map.of("username", "admin", "password", TEN_KB),
        Map.of("username", "' OR '1'='1", "password", "x"),
        Map.of("username", "admin'; drop table app_user; --", "password", "x"),
        Map.of("username", "<script>alert(1)</script>", "password", "x"))) {
      Response response = client.post("/api/auth/login", body);
      assertThat(response.status()).as(body.get("username")).isEqualTo(400);
      assertThat(response.problemCode()).isEqualTo("validation");
    }
    assertThat(client.post("/api/auth/login", Map.of()).status()).isEqualTo(400);
    assertThat(count("login_throttle")).isEqualTo(throttleRows);
    assertThat(count("app_user")).isPositive();
  }

  @Test
  void unknownFieldsMalformedJsonAndWrongContentTypesAreRefused() {
    long throttleRows = count("login_throttle");
    var client = new ApiClient(port);

    Response unknownField = client.postRaw("/api/auth/login", "application/json",
        "{\"username\":\"admin\",\"password\":\"Demo@2026\",\"role\":\"ADMIN\"}");
    assertThat(unknownField.status()).isEqualTo(400);
    assertThat(unknownField.problemCode()).isEqualTo("malformed");

    Response broken = client.postRaw("/api/auth/login", "application/json", "{\"username\":");
    assertThat(broken.status()).isEqualTo(400);
    assertThat(broken.problemCode()).isEqualTo("malformed");

    for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "application/xml")) {
      Response response = client.postRaw("/api/auth/login", type, "username=admin&password=Demo@2026");
      assertThat(response.status()).as(type).isEqualTo(415);
      assertThat(response.problemCode()).isEqualTo("unsupported-media-type");
    }
    assertThat(client.get("/api/me").status()).isEqualTo(401);
    assertThat(count("login_throttle")).isEqualTo(throttleRows);
  }

  @Test
  void badAdminInputWritesNothing() {
    var admin = new ApiClient(port).signedInAs("admin");
    long site = admin.get("/api/me").json().path("site").path("id").asLong();
    long users = count("app_user");
    long sites = count("site");

    List<Map<String, Object>> badUsers = List.of(
        Map.of("username", "", "displayName", "", "siteId", site, "roles", List.of(), "password", ""),
        Map.of("username", TEN_KB, "displayName", TEN_KB, "siteId", site, "roles", List.of("CLERK"), "password", TEN_KB),
        Map.of("username", "ok-name", "displayName", "名字", "siteId", site, "roles", List.of("CLERK"), "password", "short"),
        Map.of("username", "ok-name", "displayName", "名字", "siteId", 999_999, "roles", List.of("CLERK"), "password", "Secret2026x"),
        Map.of("username", "admin", "displayName", "重名", "siteId", site, "roles", List.of("CLERK"), "password", "Secret2026x"));
    for (Map<String, Object> body : badUsers) {
      Response response = admin.post("/api/admin/users", body);
      assertThat(response.status()).as(response.body()).isEqualTo(400);
      assertThat(response.problemCode()).isEqualTo("validation");
      assertThat(response.json().path("errors").isArray()).isTrue();
    }
    Response unknownRole = admin.post("/api/admin/users", Map.of("username", "ok-name", "displayName", "名字",
        "siteId", site, "roles", List.of("SUPERUSER"), "password", "Secret2026x"));
    assertThat(unknownRole.status()).isEqualTo(400);
    Response extraField = admin.post("/api/admin/users", Map.of("username", "ok-name", "displayName", "名字",
        "siteId", site, "roles", List.of("CLERK"), "password", "Secret2026x", "isRoot", true));
    assertThat(extraField.status()).isEqualTo(400);
    Response badSite = admin.post("/api/admin/sites", Map.of("code", "x y", "name", TEN_KB, "tier", "COMMUNITY", "parentId", site));
    assertThat(badSite.status()).isEqualTo(400);
    Response wrongTier = admin.post("/api/admin/sites", Map.of("code", "330203999001", "name", "错层级", "tier", "COMMUNITY", "parentId", site));
    assertThat(wrongTier.status()).isEqualTo(400);
    assertThat(wrongTier.json().path("errors").get(0).path("code").asString()).isEqualTo("tier-mismatch");

    assertThat(count("app_user")).isEqualTo(users);
    assertThat(count("site")).isEqualTo(sites);
  }

  @Test
  void fieldErrorsAreTranslated() {
    var client = new ApiClient(port);
    Response chinese = client.post("/api/auth/login", Map.of("username", "admin", "password", ""));
    assertThat(chinese.json().path("errors").get(0).path("message").asString()).isEqualTo("必填。");
    Response english = new ApiClient(port).inEnglish().post("/api/auth/login", Map.of("username", "admin", "password", ""));
    assertThat(english.json().path("errors").get(0).path("message").asString()).isEqualTo("Required.");
  }

  private long count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }
}
