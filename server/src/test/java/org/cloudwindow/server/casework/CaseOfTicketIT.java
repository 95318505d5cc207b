package org.cloudwindow.server.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.cloudwindow.server.support.ApiClient;
import org.cloudwindow.server.support.IdNumbers;
import org.cloudwindow.server.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A desk that reloaded finds the case of the ticket it holds; strangers do not. */
@IntegrationTest
class CaseOfTicketIT {

  @LocalServerPort
  int port;

  @Test
  void theClerkHoldingATicketFindsItsCase() {
    var worker = new ApiClient(port).signedInAs("worker-gulin");
    var clerk = new ApiClient(port).signedInAs("clerk-gulin");
    String code = worker.get("/api/matters?q=" + java.net.URLEncoder.encode("高龄津贴", java.nio.charset.StandardCharsets.UTF_8))
        .json().get(0).path("code").asString();
    JsonNode ticket = worker.post("/api/tickets", Map.of("matterCode", code, "priority", true,
        "applicant", Map.of("name", "找回办件", "idNumber", IdNumbers.elderly(995), "phone", "13911112222"))).json();
    long ticketId = ticket.path("id").asLong();
    long window = ticket.path("windowId").asLong();
    assertThat(worker.get("/api/tickets/" + ticketId + "/case").status()).as("no case before it is opened").isEqualTo(404);

    clerk.post("/api/windows/" + window + "/duty", Map.of());
    try {
      JsonNode called = clerk.post("/api/windows/" + window + "/call-next", Map.of()).json();
      long caseId = called.path("case").path("id").asLong();
      assertThat(called.path("ticket").path("id").asLong()).isEqualTo(ticketId);
      assertThat(clerk.get("/api/tickets/" + ticketId + "/case").json().path("id").asLong()).isEqualTo(caseId);
      assertThat(worker.get("/api/tickets/" + ticketId + "/case").json().path("id").asLong()).isEqualTo(caseId);
      var stranger = new ApiClient(port).signedInAs("worker-shiqi");
      assertThat(stranger.get("/api/tickets/" + ticketId + "/case").status()).isIn(403, 404);
    } finally {
      clerk.post("/api/tickets/" + ticketId + "/complete", Map.of());
      clerk.delete("/api/windows/" + window + "/duty");
    }
  }
}
