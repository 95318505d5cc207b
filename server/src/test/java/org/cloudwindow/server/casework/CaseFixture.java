package org.cloudwindow.server.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.cloudwindow.server.support.ApiClient;
import org.cloudwindow.server.support.IdNumbers;
import tools.jackson.databind.JsonNode;

/**
 * A worker's ticket for a matter, called by a clerk on duty at its window: the draft case both
 * work on. {@link #close()} completes the ticket and takes the clerk off duty.
 */
final class CaseFixture implements AutoCloseable {

  private static final AtomicInteger SERIAL = new AtomicInteger(46_000 + (int) (System.nanoTime() % 1000));

  final ApiClient worker;
  final ApiClient clerk;
  final long ticketId;
  final long windowId;
  final long caseId;
  final String applicantName;
  final String idNumber;

  CaseFixture(int port, String workerName, String clerkName, String matterName) {
    worker = new ApiClient(port).signedInAs(workerName);
    clerk = new ApiClient(port).signedInAs(clerkName);
    String code = matterCode(worker, matterName);
    applicantName = "办件" + SERIAL.get() % 100;
    idNumber = IdNumbers.numbered(SERIAL.incrementAndGet());
    ApiClient.Response ticket = worker.post("/api/tickets", Map.of("matterCode", code, "priority", false,
        "applicant", Map.of("name", applicantName, "idNumber", idNumber, "phone", "13911112222")));
    assertThat(ticket.status()).as(ticket.body()).isIn(200, 201);
    ticketId = ticket.json().path("id").asLong();
    windowId = ticket.json().path("windowId").asLong();
    assertThat(clerk.post("/api/windows/" + windowId + "/duty", Map.of()).status()).isEqualTo(200);
    ApiClient.Response called = clerk.post("/api/tickets/" + ticketId + "/call", Map.of());
    assertThat(called.status()).as(called.body()).isEqualTo(200);
    caseId = called.json().path("case").path("id").asLong();
  }

  static String matterCode(ApiClient user, String name) {
    return user.get("/api/matters?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8)).json().get(0)
        .path("code").asString();
  }

  JsonNode view(ApiClient user) {
    ApiClient.Response response = user.get("/api/cases/" + caseId);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  static long userId(ApiClient user) {
    return user.get("/api/me").json().path("id").asLong();
  }

  @Override
  public void close() {
    clerk.post("/api/tickets/" + ticketId + "/complete", Map.of());
    clerk.delete("/api/windows/" + windowId + "/duty");
  }
}
