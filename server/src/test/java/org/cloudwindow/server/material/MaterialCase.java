package org.cloudwindow.server.material;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.cloudwindow.server.storage.ObjectStore;
import org.cloudwindow.server.support.ApiClient;
import org.cloudwindow.server.support.IdNumbers;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A worker's waiting ticket for 高龄津贴 and its draft case, opened before any clerk answers
 * (pre-upload). {@link #close()} withdraws the ticket.
 */
final class MaterialCase implements AutoCloseable {

  private static final AtomicInteger SERIAL = new AtomicInteger(41_000 + (int) (System.nanoTime() % 1000));

  final ApiClient worker;
  final long ticketId;
  final long windowId;
  final long caseId;

  MaterialCase(int port, String workerName) {
    worker = new ApiClient(port).signedInAs(workerName);
    String code = worker.get("/api/matters?q=" + URLEncoder.encode("高龄津贴", StandardCharsets.UTF_8)).json().get(0)
        .path("code").asString();
    ApiClient.Response ticket = worker.post("/api/tickets", Map.of("matterCode", code, "priority", true,
        "applicant", Map.of("name", "材料测试", "idNumber", IdNumbers.numbered(SERIAL.incrementAndGet()),
            "phone", "13911112222")));
    assertThat(ticket.status()).as(ticket.body()).isIn(200, 201);
    ticketId = ticket.json().path("id").asLong();
    windowId = ticket.json().path("windowId").asLong();
    ApiClient.Response opened = worker.post("/api/tickets/" + ticketId + "/case", Map.of());
    assertThat(opened.status()).as(opened.body()).isEqualTo(200);
    caseId = opened.json().path("id").asLong();
  }

  /** Page {@code index} of the slot's current material, as the checklist shows it. */
  JsonNode page(String slotCode, int index) {
    for (JsonNode slot : worker.get("/api/cases/" + caseId + "/materials").json().path("slots")) {
      if (slot.path("code").asString().equals(slotCode)) {
        return slot.path("current").path("pages").get(index);
      }
    }
    throw new AssertionError("no slot " + slotCode);
  }

  /** The stored bytes of a page, downloaded as the clerk's screen does. */
  byte[] content(JsonNode page) {
    return worker.getBytes(page.path("contentUrl").asString()).body();
  }

  /** Nothing of a refused file stayed: no object, no part, no row, every slot still missing. */
  void assertNothingStored(ObjectStore store, JdbcClient jdbc) {
    assertThat(store.list("cases/" + caseId + "/")).isEmpty();
    assertThat(store.list(UploadService.PARTS)).isEmpty();
    assertThat(jdbc.sql("select count(*) from material where case_id = ?").param(caseId).query(Long.class).single())
        .isZero();
    assertThat(jdbc.sql("select count(*) from material_upload where case_id = ?").param(caseId).query(Long.class)
        .single()).isZero();
    worker.get("/api/cases/" + caseId + "/materials").json().path("slots")
        .forEach(slot -> assertThat(slot.path("state").asString()).isEqualTo("MISSING"));
  }

  @Override
  public void close() {
    worker.delete("/api/tickets/" + ticketId);
  }
}
