package org.cloudwindow.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.cloudwindow.server.support.ApiClient;
import org.cloudwindow.server.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class AdminApiIT {

  @LocalServerPort
  int port;

  @Test
  void anAdminCreatesAUserWhoCanThenSignIn() {
    var admin = new ApiClient(port).signedInAs("admin");
    long point = siteId(admin, "梁祝社区");

    var created = admin.post("/api/admin/users", Map.of("username", "worker-new", "displayName", "新代办员",
        "phone", "13812345678", "siteId", point, "roles", List.of("COMMUNITY_WORKER"), "password", "Welcome2026"));

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().path("phone").asString()).isEqualTo("138****5678");
    var me = new ApiClient(port).signedInAs("worker-new", "Welcome2026").get("/api/me").json();
    assertThat(me.path("site").path("name").asString()).isEqualTo("梁祝社区");
    assertThat(admin.get("/api/admin/users").body()).contains("worker-new").doesNotContain("13812345678");
  }

  @Test
  void aMaskedPhoneSentBackKeepsTheStoredNumber() {
    var admin = new ApiClient(port).signedInAs("admin");
    long site = siteId(admin, "高桥镇");
    long id = admin.post("/api/admin/users", Map.of("username", "phone-keeper", "displayName", "电话",
        "phone", "13900001111", "siteId", site, "roles", List.of("CLERK"), "password", "Welcome2026"))
        .json().path("id").asLong();

    var updated = admin.put("/api/admin/users/" + id, Map.of("displayName", "电话改名", "phone", "139****1111",
        "siteId", site, "roles", List.of("CLERK", "EXPERT"), "enabled", true));

    assertThat(updated.status()).as(updated.body()).isEqualTo(200);
    assertThat(updated.json().path("phone").asString()).isEqualTo("139****1111");
    assertThat(updated.json().path("roles").toString()).contains("EXPERT");
    new ApiClient(port).signedInAs("admin"); // unchanged password still works for others
    assertThat(new ApiClient(port).login("phone-keeper", "Welcome2026").status()).isEqualTo(200);

    var withoutPhone = admin.put("/api/admin/users/" + id, Map.of("displayName", "电话改名",
        "siteId", site, "roles", List.of("CLERK"), "enabled", true));
    assertThat(withoutPhone.json().path("phone").asString()).isEqualTo("139****1111");
    var cleared = admin.put("/api/admin/users/" + id, Map.of("displayName", "电话改名", "phone", "",
        "siteId", site, "roles", List.of("CLERK"), "enabled", true));
    assertThat(cleared.json().path("phone").isNull()).isTrue();
  }

  @Test
  void nonAdminsCannotUseTheAdminApi() {
    for (String username : List.of("worker-liangzhu", "clerk-district", "coordinator", "expert-civil")) {
      var response = new ApiClient(port).signedInAs(username).get("/api/admin/users");
      assertThat(response.status()).as(username).isEqualTo(403);
      assertThat(response.problemCode()).isEqualTo("forbidden");
    }
  }

  @Test
  void aTownshipAdminActsOnlyWithinTheirTownship() {
    var admin = new ApiClient(port).signedInAs("admin");
    long gaoqiao = siteId(admin, "高桥镇");
    long gulin = siteId(admin, "古林镇");
    assertThat(admin.post("/api/admin/users", Map.of("username", "admin-gaoqiao", "displayName", "高桥管理员",
        "siteId", gaoqiao, "roles", List.of("ADMIN"), "password", "Welcome2026")).status()).isEqualTo(201);

    var township = new ApiClient(port).signedInAs("admin-gaoqiao", "Welcome2026");
    var outside = township.post("/api/admin/users", Map.of("username", "not-mine", "displayName", "越权",
        "siteId", gulin, "roles", List.of("CLERK"), "password", "Welcome2026"));
    assertThat(outside.status()).isEqualTo(400);
    assertThat(outside.json().path("errors").get(0).path("code").asString()).isEqualTo("out-of-scope");
    assertThat(township.get("/api/admin/users").body()).contains("clerk-gaoqiao").doesNotContain("clerk-gulin");
    var window = township.post("/api/admin/windows", Map.of("name", "古林越权窗口", "siteId", gulin,
        "departmentCode", "CIVIL_AFFAIRS", "comprehensive", false));
    assertThat(window.status()).isEqualTo(403);
  }

  @Test
  void adminsCreateSitesAndWindowsAndDisableThem() {
    var admin = new ApiClient(port).signedInAs("admin");
    long shiqi = siteId(admin, "石碶街道");
    var point = admin.post("/api/admin/sites", Map.of("code", "330203103009", "name", "新建社区", "tier", "COMMUNITY",
        "parentId", shiqi));
    assertThat(point.status()).as(point.body()).isEqualTo(201);
    long pointId = point.json().path("id").asLong();

    var duplicateWindow = admin.post("/api/admin/windows", Map.of("name", "石碶民政二号", "siteId", shiqi,
        "departmentCode", "CIVIL_AFFAIRS", "comprehensive", false));
    assertThat(duplicateWindow.status()).isEqualTo(400);
    assertThat(duplicateWindow.json().path("errors").get(0).path("code").asString()).isEqualTo("duplicate");

    var disabled = admin.put("/api/admin/sites/" + pointId, Map.of("code", "330203103009", "name", "新建社区",
        "enabled", false));
    assertThat(disabled.json().path("enabled").asBoolean()).isFalse();
    var window = admin.get("/api/windows").json().get(0);
    var off = admin.put("/api/admin/windows/" + window.path("id").asLong(), Map.of("name", window.path("name").asString(),
        "departmentCode", window.path("departmentCode").asString(), "comprehensive", false, "enabled", false));
    assertThat(off.json().path("enabled").asBoolean()).isFalse();
    admin.put("/api/admin/windows/" + window.path("id").asLong(), Map.of("name", window.path("name").asString(),
        "departmentCode", window.path("departmentCode").asString(), "comprehensive", false, "enabled", true));
  }

  @Test
  void usersSeeTheSitesAndWindowsOfTheirPlaceInTheTree() {
    var worker = new ApiClient(port).signedInAs("worker-liangzhu");
    JsonNode tree = worker.get("/api/sites").json();
    assertThat(tree).hasSize(1);
    assertThat(tree.get(0).path("name").asString()).isEqualTo("海曙区云办中心");
    assertThat(tree.get(0).path("children")).hasSize(1);
    assertThat(tree.get(0).path("children").get(0).path("children").get(0).path("name").asString()).isEqualTo("梁祝社区");
    List<String> windowSites = worker.get("/api/windows").json().findValuesAsString("siteName");
    assertThat(windowSites).contains("海曙区云办中心", "高桥镇").doesNotContain("古林镇");

    var coordinator = new ApiClient(port).signedInAs("coordinator");
    assertThat(coordinator.get("/api/sites").json().get(0).path("children").size()).isGreaterThanOrEqualTo(3);
    assertThat(coordinator.get("/api/windows").json().findValuesAsString("siteName")).contains("古林镇", "石碶街道");
  }

  static long siteId(ApiClient client, String name) {
    return find(client.get("/api/sites").json(), name);
  }

  private static long find(JsonNode nodes, String name) {
    for (JsonNode node : nodes) {
      if (node.path("name").asString().equals(name)) {
        return node.path("id").asLong();
      }
      long below = find(node.path("children"), name);
      if (below > 0) {
        return below;
      }
    }
    return -1;
  }
}
