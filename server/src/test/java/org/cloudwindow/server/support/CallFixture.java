package org.cloudwindow.server.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A call over the API: a worker takes a number for a matter, the clerk goes on duty at its window
 * and calls next. {@link #close()} completes the ticket and takes the clerk off duty, so the next
 * test finds the desk free.
 */
public final class CallFixture implements AutoCloseable {

  public final ApiClient worker;
  public final ApiClient clerk;
  public final long ticketId;
  public final long windowId;
  public final String callId;
  public final long workerId;
  public final long clerkId;

  public CallFixture(int port, String workerName, String clerkName, int idSerial) {
    worker = new ApiClient(port).signedInAs(workerName);
    clerk = new ApiClient(port).signedInAs(clerkName);
    String code = worker.get("/api/matters?q=" + URLEncoder.encode("高龄津贴", StandardCharsets.UTF_8)).json().get(0)
        .path("code").asString();
    JsonNode ticket = worker.post("/api/tickets", Map.of("matterCode", code, "priority", true,
        "applicant", Map.of("name", "视频测试", "idNumber", IdNumbers.elderly(idSerial), "phone", "13911112222"))).json();
    ticketId = ticket.path("id").asLong();
    windowId = ticket.path("windowId").asLong();
    clerk.post("/api/windows/" + windowId + "/duty", Map.of());
    freeDesk(clerk);
    ApiClient.Response called = clerk.post("/api/windows/" + windowId + "/call-next", Map.of());
    assertThat(called.status()).as(called.body()).isEqualTo(200);
    callId = called.json().path("callId").asString();
    workerId = worker.get("/api/me").json().path("id").asLong();
    clerkId = clerk.get("/api/me").json().path("id").asLong();
  }

  /** Completes a ticket the clerk still holds (left by a test that failed half-way). */
  private static void freeDesk(ApiClient clerk) {
    JsonNode held = clerk.get("/api/duty").json().path("activeTicket");
    if (held.isObject()) {
      clerk.post("/api/tickets/" + held.path("id").asLong() + "/complete", Map.of());
    }
  }

  public JsonNode join(ApiClient who, String session) {
    ApiClient.Response joined = who.post("/api/calls/" + callId + "/join", Map.of("session", session));
    assertThat(joined.status()).as(joined.body()).isEqualTo(200);
    return joined.json();
  }

  @Override
  public void close() {
    clerk.post("/api/tickets/" + ticketId + "/complete", Map.of());
    clerk.delete("/api/windows/" + windowId + "/duty");
  }
}
