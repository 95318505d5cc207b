package org.cloudwindow.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.cloudwindow.server.support.ApiClient;
import org.cloudwindow.server.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class AuthApiIT {

  @LocalServerPort
  int port;

  @Autowired
  JdbcClient jdbc;

  @Test
  void signInReturnsTheUserAndAnHttpOnlySameSiteSessionCookie() {
    var client = new ApiClient(port);
    var response = client.login("clerk-gaoqiao", ApiClient.DEMO_PASSWORD);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().path("username").asString()).isEqualTo("clerk-gaoqiao");
    assertThat(response.json().path("roles").toString()).contains("CLERK");
    assertThat(response.json().path("site").path("name").asString()).isEqualTo("高桥镇");
    String session = response.setCookies().stream().filter(c -> c.startsWith("SESSION=")).findFirst().orElseThrow();
    assertThat(session).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
    assertThat(client.get("/api/me").json().path("username").asString()).isEqualTo("clerk-gaoqiao");
  }

  @Test
  void aWrongPasswordIsAProblemThatDoesNotSayWhetherTheUserExists() {
    var existing = new ApiClient(port).login("clerk-gulin", "wrong-password-1");
    var unknown = new ApiClient(port).login("nobody-here", "wrong-password-1");

    assertThat(existing.status()).isEqualTo(401);
    assertThat(existing.problemCode()).isEqualTo("auth.bad-credentials");
    assertThat(unknown.status()).isEqualTo(401);
    assertThat(unknown.body()).isEqualTo(existing.body());
    new ApiClient(port).signedInAs("clerk-gulin"); // resets the counter for other tests
  }

  @Test
  void withoutASessionTheApiAnswers401Problems() {
    var response = new ApiClient(port).get("/api/me");
    assertThat(response.status()).isEqualTo(401);
    assertThat(response.problemCode()).isEqualTo("unauthenticated");
    assertThat(response.json().path("title").asString()).isEqualTo("请先登录");
    assertThat(new ApiClient(port).inEnglish().get("/api/me").json().path("title").asString())
        .isEqualTo("Please sign in");
  }

  @Test
  void signingOutEndsTheSession() {
    var client = new ApiClient(port).signedInAs("worker-liangzhu");
    assertThat(client.post("/api/auth/logout", Map.of()).status()).isEqualTo(204);
    assertThat(client.get("/api/me").status()).isEqualTo(401);
  }

  @Test
  void stateChangingRequestsWithoutTheCsrfTokenAreRefused() {
    var response = new ApiClient(port).postWithoutCsrf("/api/auth/login",
        Map.of("username", "admin", "password", ApiClient.DEMO_PASSWORD));
    assertThat(response.status()).isEqualTo(403);
    assertThat(response.problemCode()).isEqualTo("csrf");
  }

  @Test
  void fiveFailuresLockTheNameForExistingAndUnknownUsersAlike() {
    var admin = new ApiClient(port).signedInAs("admin");
    long site = admin.get("/api/me").json().path("site").path("id").asLong();
    assertThat(admin.post("/api/admin/users", Map.of("username", "lock-me", "displayName", "锁定测试",
        "siteId", site, "roles", List.of("CLERK"), "password", "Secret2026x")).status()).isEqualTo(201);

    for (String name : List.of("lock-me", "lock-nobody")) {
      for (int attempt = 1; attempt <= 4; attempt++) {
        assertThat(new ApiClient(port).login(name, "not-it-" + attempt).status()).isEqualTo(401);
      }
      var fifth = new ApiClient(port).login(name, "not-it-5");
      assertThat(fifth.status()).isEqualTo(429);
      assertThat(fifth.problemCode()).isEqualTo("auth.locked");
    }
    var rightPasswordWhileLocked = new ApiClient(port).login("lock-me", "Secret2026x");
    var unknownWhileLocked = new ApiClient(port).login("lock-nobody", "Secret2026x");
    assertThat(rightPasswordWhileLocked.status()).isEqualTo(429);
    assertThat(rightPasswordWhileLocked.body()).isEqualTo(unknownWhileLocked.body());
  }

  @Test
  void aDisabledUserCannotSignInAndLearnsNothingMore() {
    var admin = new ApiClient(port).signedInAs("admin");
    long site = admin.get("/api/me").json().path("site").path("id").asLong();
    long id = admin.post("/api/admin/users", Map.of("username", "soon-disabled", "displayName", "停用测试",
        "siteId", site, "roles", List.of("CLERK"), "password", "Secret2026x")).json().path("id").asLong();
    assertThat(admin.put("/api/admin/users/" + id, Map.of("displayName", "停用测试", "siteId", site,
        "roles", List.of("CLERK"), "enabled", false)).status()).isEqualTo(200);

    var response = new ApiClient(port).login("soon-disabled", "Secret2026x");
    assertThat(response.status()).isEqualTo(401);
    assertThat(response.problemCode()).isEqualTo("auth.bad-credentials");
  }

  @Test
  void disablingAUserEndsTheirSessionAndRoleChangesApplyAtOnce() {
    var admin = new ApiClient(port).signedInAs("admin");
    long site = admin.get("/api/me").json().path("site").path("id").asLong();
    long id = admin.post("/api/admin/users", Map.of("username", "signed-in-then-off", "displayName", "在线停用",
        "siteId", site, "roles", List.of("ADMIN"), "password", "Secret2026x")).json().path("id").asLong();
    var user = new ApiClient(port).signedInAs("signed-in-then-off", "Secret2026x");
    assertThat(user.get("/api/admin/users").status()).isEqualTo(200);

    admin.put("/api/admin/users/" + id, Map.of("displayName", "在线停用", "siteId", site,
        "roles", List.of("CLERK"), "enabled", true));
    assertThat(user.get("/api/admin/users").status()).isEqualTo(403);

    admin.put("/api/admin/users/" + id, Map.of("displayName", "在线停用", "siteId", site,
        "roles", List.of("CLERK"), "enabled", false));
    var afterDisable = user.get("/api/me");
    assertThat(afterDisable.status()).isEqualTo(401);
    assertThat(afterDisable.problemCode()).isEqualTo("unauthenticated");
  }

  @Test
  void sessionsAreKeptInTheDatabaseAndExpireAfterThirtyIdleMinutes() {
    new ApiClient(port).signedInAs("coordinator");
    Integer idleSeconds = jdbc.sql("select max_inactive_interval from spring_session where principal_name = ? "
        + "order by creation_time desc limit 1").param("coordinator").query(Integer.class).single();
    assertThat(idleSeconds).isEqualTo(30 * 60);
  }
}
