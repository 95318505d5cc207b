package org.cloudwindow.server.material;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.cloudwindow.server.support.ApiClient;
import org.cloudwindow.server.support.CallFixture;
import org.cloudwindow.server.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Who may change what the applicant handed in: the coordinator above the case and an expert
 * invited into its consultation read its materials, but neither uploads, reorders nor removes a
 * page; the worker and the clerk of the window still do.
 */
@IntegrationTest
class MaterialEditAccessIT {

  @LocalServerPort
  int port;

  @Autowired
  JdbcClient jdbc;

  @Test
  void readersOfACaseCannotChangeItsMaterialsButItsWorkerAndClerkCan() {
    ApiClient expert = new ApiClient(port).signedInAs("expert-civil");
    assertThat(expert.put("/api/experts/me/availability", Map.of("availability", "AVAILABLE")).status()).isEqualTo(200);
    ApiClient coordinator = new ApiClient(port).signedInAs("coordinator");
    try (var call = new CallFixture(port, "worker-liangzhu", "clerk-gaoqiao", 731)) {
      long caseId = call.clerk.get("/api/tickets/" + call.ticketId + "/case").json().path("id").asLong();
      TusClient workerTus = new TusClient(port, call.worker);
      assertThat(workerTus.upload(caseId, Files.jpeg(300, 200, 11), TusClient.meta("ID_CARD", "正面.jpg", "image/jpeg"),
          1 << 20).statusCode()).isEqualTo(204);
      assertThat(workerTus.upload(caseId, Files.jpeg(300, 200, 12), TusClient.meta("ID_CARD", "反面.jpg", "image/jpeg"),
          1 << 20).statusCode()).isEqualTo(204);
      JsonNode consultation = call.clerk.post("/api/calls/" + call.callId + "/consultations",
          Map.of("topic", "材料是否齐全")).json();
      long expertId = expert.get("/api/me").json().path("id").asLong();
      ApiClient.Response assigned = coordinator.post("/api/consultations/" + consultation.path("id").asLong() + "/assign",
          Map.of("expertIds", List.of(expertId)));
      assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);

      JsonNode slot = slot(call.worker, caseId, "ID_CARD");
      long material = slot.path("current").path("id").asLong();
      long front = slot.path("current").path("pages").get(0).path("id").asLong();
      long back = slot.path("current").path("pages").get(1).path("id").asLong();
      String pages = "/api/cases/" + caseId + "/materials/" + material + "/pages";
      for (ApiClient reader : List.of(coordinator, expert)) {
        assertThat(reader.get("/api/cases/" + caseId + "/materials").status()).as("reading stays").isEqualTo(200);
        assertThat(reader.getBytes("/api/cases/" + caseId + "/materials/pages/" + front + "/content").statusCode())
            .isEqualTo(200);
        assertThat(new TusClient(port, reader).create(caseId, 10,
            TusClient.encode(TusClient.meta("BANK_CARD", "x.jpg", null))).statusCode()).as("upload").isEqualTo(403);
        assertThat(reader.delete(pages + "/" + front).status()).as("remove").isEqualTo(403);
        assertThat(reader.put(pages, Map.of("pageIds", List.of(back, front))).status()).as("reorder").isEqualTo(403);
        assertThat(reader.post("/api/cases/" + caseId + "/materials/" + material + "/verify", Map.of()).status())
            .as("verify").isEqualTo(403);
      }
      assertThat(slot(call.worker, caseId, "ID_CARD").path("current").path("pages").size()).as("nothing changed")
          .isEqualTo(2);

      assertThat(call.worker.put(pages, Map.of("pageIds", List.of(back, front))).status()).isEqualTo(200);
      assertThat(call.worker.delete(pages + "/" + front).status()).isEqualTo(200);
      assertThat(new TusClient(port, call.clerk).upload(caseId, Files.jpeg(200, 120, 13),
          TusClient.meta("BANK_CARD", "卡.jpg", "image/jpeg"), 1 << 20).statusCode()).as("the clerk working it")
          .isEqualTo(204);
      assertThat(jdbc.sql("select e.action || ' ' || e.slot_code || ' by ' || u.username from material_event e"
          + " join app_user u on u.id = e.actor_id where e.case_id = ? order by e.id").param(caseId)
          .query(String.class).list()).containsExactly(
          "UPLOADED ID_CARD by worker-liangzhu", "UPLOADED ID_CARD by worker-liangzhu",
          "REORDERED ID_CARD by worker-liangzhu", "REMOVED ID_CARD by worker-liangzhu",
          "UPLOADED BANK_CARD by clerk-gaoqiao");
    }
  }

  private static JsonNode slot(ApiClient user, long caseId, String code) {
    for (JsonNode slot : user.get("/api/cases/" + caseId + "/materials").json().path("slots")) {
      if (slot.path("code").asString().equals(code)) {
        return slot;
      }
    }
    throw new AssertionError("no slot " + code);
  }
}
