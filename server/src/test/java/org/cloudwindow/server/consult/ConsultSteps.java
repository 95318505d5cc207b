package org.cloudwindow.server.consult;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.cloudwindow.server.support.ApiClient;
import org.cloudwindow.server.support.CallFixture;
import tools.jackson.databind.JsonNode;

/** Steps of a consultation over the API that several tests take on the way to what they check. */
final class ConsultSteps {

  private ConsultSteps() {}

  /** Signed in as the expert, who has just said they are AVAILABLE. */
  static ApiClient available(int port, String username) {
    var client = new ApiClient(port).signedInAs(username);
    var response = client.put("/api/experts/me/availability", Map.of("availability", "AVAILABLE"));
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return client;
  }

  /** The clerk of the call asks; returns the consultation's id. */
  static long request(CallFixture call, String topic) {
    var requested = call.clerk.post("/api/calls/" + call.callId + "/consultations", Map.of("topic", topic));
    assertThat(requested.status()).as(requested.body()).isEqualTo(201);
    return requested.json().path("id").asLong();
  }

  /** The coordinator assigns the expert, who accepts; returns the accepted consultation. */
  static JsonNode assignedAndAccepted(ApiClient coordinator, ApiClient expert, long id, long expertId) {
    var assigned = coordinator.post("/api/consultations/" + id + "/assign", Map.of("expertIds", List.of(expertId)));
    assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
    var accepted = expert.post("/api/consultations/" + id + "/answer", Map.of("accept", true));
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
    return accepted.json();
  }

  static JsonNode participant(JsonNode call, long userId) {
    for (JsonNode member : call.path("participants")) {
      if (member.path("userId").asLong() == userId) {
        return member;
      }
    }
    throw new AssertionError("no participant " + userId + " in " + call);
  }
}
