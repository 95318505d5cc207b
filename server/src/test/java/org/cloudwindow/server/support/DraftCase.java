package org.cloudwindow.server.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A worker's priority ticket for 高龄津贴 and, unless asked not to, its draft case opened while the
 * ticket waits. {@link #close()} withdraws the ticket.
 */
public final class DraftCase implements AutoCloseable {

  private static final AtomicInteger SERIAL = new AtomicInteger(46_000 + (int) (System.nanoTime() % 1000));

  public final ApiClient worker;
  public final long ticketId;
  public final long windowId;
  public final long caseId;

  public DraftCase(int port, String workerName) {
    this(new ApiClient(port).signedInAs(workerName), true);
  }

  /** A ticket of the worker; its case is opened only when {@code open} (else a clerk's call opens it). */
  public DraftCase(ApiClient worker, boolean open) {
    this.worker = worker;
    String code = worker.get("/api/matters?q=" + URLEncoder.encode("高龄津贴", StandardCharsets.UTF_8)).json().get(0)
        .path("code").asString();
    ApiClient.Response ticket = worker.post("/api/tickets", Map.of("matterCode", code, "priority", true,
        "applicant", Map.of("name", "办件测试", "idNumber", IdNumbers.numbered(SERIAL.incrementAndGet()),
            "phone", "13911112222")));
    assertThat(ticket.status()).as(ticket.body()).isIn(200, 201);
    ticketId = ticket.json().path("id").asLong();
    windowId = ticket.json().path("windowId").asLong();
    if (open) {
      ApiClient.Response opened = worker.post("/api/tickets/" + ticketId + "/case", Map.of());
      assertThat(opened.status()).as(opened.body()).isEqualTo(200);
      caseId = opened.json().path("id").asLong();
    } else {
      caseId = 0;
    }
  }

  /** Stands in for casework's submit transition, which lands on another branch. */
  public DraftCase submitted(JdbcClient jdbc) {
    jdbc.sql("update case_record set state = 'SUBMITTED' where id = ?").param(caseId).update();
    return this;
  }

  public JsonNode rate(int stars) {
    ApiClient.Response rated = worker.post("/api/cases/" + caseId + "/rating", Map.of("stars", stars));
    assertThat(rated.status()).as(rated.body()).isEqualTo(200);
    return rated.json();
  }

  @Override
  public void close() {
    worker.delete("/api/tickets/" + ticketId);
  }
}
