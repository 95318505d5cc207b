package org.cloudwindow.server.material;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.cloudwindow.server.support.ApiClient;
import org.cloudwindow.server.support.IntegrationTest;
import org.cloudwindow.server.support.StompTestClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The materials of one case from pre-upload to the clerk's check: the draft case found again by
 * call-next, pages reordered and removed, reject and re-upload keeping history, verify locking
 * the material, both screens told over STOMP within a second, strangers kept out, and every
 * change audited.
 */
@IntegrationTest
class MaterialFlowIT {

  @LocalServerPort
  int port;

  @Autowired
  JdbcClient jdbc;

  @Test
  void preUploadCheckAndHistoryWithLiveUpdates() throws Exception {
    try (MaterialCase c = new MaterialCase(port, "worker-liangzhu")) {
      TusClient tus = new TusClient(port, c.worker);
      // Pre-upload while the ticket waits: front and back of the ID card.
      assertThat(tus.upload(c.caseId, Files.jpeg(300, 200, 1), TusClient.meta("ID_CARD", "正面.jpg", "image/jpeg"), 1 << 20)
          .statusCode()).isEqualTo(204);
      assertThat(tus.upload(c.caseId, Files.png(300, 200, 2), TusClient.meta("ID_CARD", "反面.png", "image/png"), 1 << 20)
          .statusCode()).isEqualTo(204);

      ApiClient clerk = new ApiClient(port).signedInAs("clerk-gaoqiao");
      clerk.post("/api/windows/" + c.windowId + "/duty", Map.of());
      try {
        ApiClient.Response called = clerk.post("/api/windows/" + c.windowId + "/call-next", Map.of());
        assertThat(called.status()).as(called.body()).isEqualTo(200);
        assertThat(called.json().path("case").path("id").asLong()).isEqualTo(c.caseId);

        try (StompTestClient workerStomp = StompTestClient.connect(port, c.worker);
            StompTestClient clerkStomp = StompTestClient.connect(port, clerk)) {
          BlockingQueue<JsonNode> toWorker = workerStomp.subscribe("/topic/cases/" + c.caseId);
          BlockingQueue<JsonNode> toClerk = clerkStomp.subscribe("/topic/cases/" + c.caseId);
          Thread.sleep(300);

          JsonNode slot = slot(clerk, c.caseId, "ID_CARD");
          assertThat(slot.path("state").asString()).isEqualTo("UPLOADED");
          long material = slot.path("current").path("id").asLong();
          List<Long> pages = ids(slot.path("current").path("pages"));
          assertThat(pages).hasSize(2);

          // Reorder, then remove a page, before the check.
          ApiClient.Response reordered = c.worker.put("/api/cases/" + c.caseId + "/materials/" + material + "/pages",
              Map.of("pageIds", List.of(pages.get(1), pages.get(0))));
          assertThat(reordered.status()).as(reordered.body()).isEqualTo(200);
          assertThat(ids(slot(c.worker, c.caseId, "ID_CARD").path("current").path("pages"))).containsExactly(pages.get(1), pages.get(0));
          assertThat(c.worker.put("/api/cases/" + c.caseId + "/materials/" + material + "/pages",
              Map.of("pageIds", List.of(pages.get(1)))).problemCode()).isEqualTo("material.bad-order");
          assertThat(c.worker.delete("/api/cases/" + c.caseId + "/materials/" + material + "/pages/" + pages.get(0)).status())
              .isEqualTo(200);
          toWorker.clear();
          toClerk.clear();

          // The worker cannot check; the clerk rejects, both screens hear of it within a second.
          assertThat(c.worker.post("/api/cases/" + c.caseId + "/materials/" + material + "/verify", Map.of()).status()).isEqualTo(403);
          long start = System.nanoTime();
          assertThat(clerk.post("/api/cases/" + c.caseId + "/materials/" + material + "/reject",
              Map.of("reason", "照片模糊,请重拍")).status()).isEqualTo(200);
          for (BlockingQueue<JsonNode> screen : List.of(toWorker, toClerk)) {
            JsonNode update = awaitAction(screen, "REJECTED", start);
            assertThat(update.path("type").asString()).isEqualTo("materials");
          }

          // Re-upload after the rejection: a second version, the first kept with its reason.
          assertThat(tus.upload(c.caseId, Files.jpeg(320, 200, 3), TusClient.meta("ID_CARD", "重拍.jpg", null), 1 << 20)
              .statusCode()).isEqualTo(204);
          slot = slot(clerk, c.caseId, "ID_CARD");
          assertThat(slot.path("state").asString()).isEqualTo("UPLOADED");
          assertThat(slot.path("current").path("version").asInt()).isEqualTo(2);
          assertThat(slot.path("history").get(0).path("state").asString()).isEqualTo("REJECTED");
          assertThat(slot.path("history").get(0).path("reason").asString()).isEqualTo("照片模糊,请重拍");
          assertThat(slot.path("history").get(0).path("pages").size()).isEqualTo(1);
          long second = slot.path("current").path("id").asLong();
          long secondPage = slot.path("current").path("pages").get(0).path("id").asLong();
          assertThat(clerk.post("/api/cases/" + c.caseId + "/materials/" + material + "/verify", Map.of()).problemCode())
              .isEqualTo("material.not-pending");

          start = System.nanoTime();
          assertThat(clerk.post("/api/cases/" + c.caseId + "/materials/" + second + "/verify", Map.of()).status()).isEqualTo(200);
          for (BlockingQueue<JsonNode> screen : List.of(toWorker, toClerk)) {
            JsonNode update = awaitAction(screen, "VERIFIED", start);
            assertThat(update.path("checklist").path("slots").get(0).path("state").asString()).isEqualTo("VERIFIED");
          }

          // Verified: no more reordering, removing or uploading into it.
          assertThat(c.worker.put("/api/cases/" + c.caseId + "/materials/" + second + "/pages",
              Map.of("pageIds", List.of(secondPage))).problemCode()).isEqualTo("material.locked");
          assertThat(c.worker.delete("/api/cases/" + c.caseId + "/materials/" + second + "/pages/" + secondPage).problemCode())
              .isEqualTo("material.locked");
          HttpResponse<String> locked = tus.create(c.caseId, 10, TusClient.encode(TusClient.meta("ID_CARD", "x.jpg", null)));
          assertThat(locked.statusCode()).isEqualTo(409);

          // Downloads: authorised, private, RFC 5987 name, ranges.
          String url = "/api/cases/" + c.caseId + "/materials/pages/" + secondPage + "/content";
          HttpResponse<byte[]> whole = clerk.getBytes(url + "?download=true");
          assertThat(whole.statusCode()).isEqualTo(200);
          assertThat(whole.headers().firstValue("Content-Type")).hasValue("image/jpeg");
          assertThat(whole.headers().firstValue("Cache-Control").orElse("")).contains("private");
          assertThat(whole.headers().firstValue("Content-Disposition").orElse(""))
              .startsWith("attachment").contains("filename*=UTF-8''%E9%87%8D%E6%8B%8D.jpg");
          HttpResponse<byte[]> range = clerk.getBytes(url, "Range", "bytes=0-9");
          assertThat(range.statusCode()).isEqualTo(206);
          assertThat(range.body()).containsExactly(java.util.Arrays.copyOf(whole.body(), 10));
          assertThat(clerk.getBytes("/api/cases/" + c.caseId + "/materials/pages/" + secondPage + "/thumbnail").statusCode())
              .isEqualTo(200);

          // Strangers: another point's worker, a coordinator of another area; the district's coordinator may.
          ApiClient stranger = new ApiClient(port).signedInAs("worker-gulin");
          assertThat(stranger.get("/api/cases/" + c.caseId + "/materials").status()).isIn(403, 404);
          assertThat(stranger.getBytes(url).statusCode()).isIn(403, 404);
          assertThat(new TusClient(port, stranger).create(c.caseId, 10,
              TusClient.encode(TusClient.meta("BANK_CARD", "x.jpg", null))).statusCode()).isIn(403, 404);
          ApiClient otherDistrict = otherDistrictCoordinator();
          assertThat(otherDistrict.get("/api/cases/" + c.caseId + "/materials").status()).isIn(403, 404);
          assertThat(otherDistrict.getBytes(url).statusCode()).isIn(403, 404);
          ApiClient coordinator = new ApiClient(port).signedInAs("coordinator");
          assertThat(coordinator.get("/api/cases/" + c.caseId + "/materials").status()).isEqualTo(200);
          try (StompTestClient strangerStomp = StompTestClient.connect(port, stranger)) {
            BlockingQueue<JsonNode> overheard = strangerStomp.subscribe("/topic/cases/" + c.caseId);
            // The SUBSCRIBE is refused: an upload the worker's screen hears of never reaches the stranger.
            Thread.sleep(300);
            assertThat(tus.upload(c.caseId, Files.jpeg(100, 60, 5), TusClient.meta("BANK_CARD", "卡.jpg", null), 1 << 20)
                .statusCode()).isEqualTo(204);
            awaitAction(toWorker, "UPLOADED", System.nanoTime()); // sent before the last PATCH answered
            Thread.sleep(300);
            assertThat(overheard).isEmpty();
          }

          // Every change audited with its actor, refused attempts not.
          assertThat(jdbc.sql("select e.action || ' ' || e.slot_code || ' by ' || u.username from material_event e"
              + " join app_user u on u.id = e.actor_id where e.case_id = ? order by e.id").param(c.caseId)
              .query(String.class).list()).containsExactly(
              "UPLOADED ID_CARD by worker-liangzhu", "UPLOADED ID_CARD by worker-liangzhu",
              "REORDERED ID_CARD by worker-liangzhu", "REMOVED ID_CARD by worker-liangzhu",
              "REJECTED ID_CARD by clerk-gaoqiao", "UPLOADED ID_CARD by worker-liangzhu",
              "VERIFIED ID_CARD by clerk-gaoqiao", "UPLOADED BANK_CARD by worker-liangzhu");

        }
      } finally {
        clerk.post("/api/tickets/" + c.ticketId + "/complete", Map.of());
        clerk.delete("/api/windows/" + c.windowId + "/duty");
      }
    }
  }

  /**
   * The admin API creates no second district (every site needs a parent), so the coordinator of
   * another area is one of 古林镇, a township beside the case's 高桥镇: outside every site of the case.
   */
  private ApiClient otherDistrictCoordinator() {
    ApiClient admin = new ApiClient(port).signedInAs("admin");
    long gulin = -1;
    for (JsonNode township : admin.get("/api/sites").json().get(0).path("children")) {
      if (township.path("name").asString().equals("古林镇")) {
        gulin = township.path("id").asLong();
      }
    }
    assertThat(gulin).isPositive();
    String suffix = String.valueOf(System.nanoTime() % 100000);
    ApiClient.Response user = admin.post("/api/admin/users", Map.of("username", "coord-gl-" + suffix,
        "displayName", "古林协调员", "siteId", gulin, "roles", List.of("COORDINATOR"), "password", "Other2026pass"));
    assertThat(user.status()).as(user.body()).isIn(200, 201);
    return new ApiClient(port).signedInAs("coord-gl-" + suffix, "Other2026pass");
  }

  /** The update with this action, which must arrive within 1 s of {@code start} (earlier updates are skipped). */
  private static JsonNode awaitAction(BlockingQueue<JsonNode> screen, String action, long start) throws InterruptedException {
    long deadline = start + TimeUnit.SECONDS.toNanos(1);
    while (true) {
      JsonNode update = screen.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      assertThat(update).as(action + " update within 1 s").isNotNull();
      if (update.path("action").asString().equals(action)) {
        return update;
      }
    }
  }

  private static JsonNode slot(ApiClient who, long caseId, String code) {
    for (JsonNode slot : who.get("/api/cases/" + caseId + "/materials").json().path("slots")) {
      if (slot.path("code").asString().equals(code)) {
        return slot;
      }
    }
    throw new AssertionError("no slot " + code);
  }

  private static List<Long> ids(JsonNode pages) {
    List<Long> ids = new java.util.ArrayList<>();
    pages.forEach(p -> ids.add(p.path("id").asLong()));
    return ids;
  }
}
