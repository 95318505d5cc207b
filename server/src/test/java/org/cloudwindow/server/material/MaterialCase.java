package org.cloudwindow.server.material;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.cloudwindow.server.support.ApiClient;
import org.cloudwindow.server.support.IdNumbers;

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

  @Override
  public void close() {
    worker.delete("/api/tickets/" + ticketId);
  }
}
