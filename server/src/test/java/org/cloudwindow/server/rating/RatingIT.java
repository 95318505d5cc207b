package org.cloudwindow.server.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.cloudwindow.server.support.ApiClient;
import org.cloudwindow.server.support.DraftCase;
import org.cloudwindow.server.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Rating a case (好差评) through its worker: when, by whom, once, and with valid input only. */
@IntegrationTest
class RatingIT {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void aDraftCaseIsRatedOnceItsCallHasEnded() {
    var worker = new ApiClient(port).signedInAs("worker-gulin");
    var clerk = new ApiClient(port).signedInAs("clerk-gulin");
    var ticket = new DraftCase(worker, false);
    long ticketId = ticket.ticketId;
    long window = ticket.windowId;
    clerk.post("/api/windows/" + window + "/duty", Map.of());
    try {
      JsonNode called = clerk.post("/api/windows/" + window + "/call-next", Map.of()).json();
      assertThat(called.path("ticket").path("id").asLong()).isEqualTo(ticketId);
      long caseId = called.path("case").path("id").asLong();
      String path = "/api/cases/" + caseId + "/rating";

      assertThat(worker.post(path, Map.of("stars", 2)).problemCode()).as("call still open").isEqualTo("rating.not-yet");
      assertThat(worker.get(path).status()).isEqualTo(404);

      clerk.post("/api/calls/" + called.path("callId").asString() + "/hangup", Map.of());
      assertThat(clerk.post(path, Map.of("stars", 5)).status()).as("only the case's worker rates").isEqualTo(403);
      ApiClient.Response rated = worker.post(path, Map.of("stars", 2, "comment", "  等得太久了  "));
      assertThat(rated.status()).as(rated.body()).isEqualTo(200);
      assertThat(rated.json().path("stars").asInt()).isEqualTo(2);
      assertThat(rated.json().path("comment").asString()).isEqualTo("等得太久了");
      assertThat(rated.json().path("at").isMissingNode()).isFalse();

      assertThat(clerk.get(path).json().path("stars").asInt()).isEqualTo(2);
      ApiClient.Response again = worker.post(path, Map.of("stars", 5));
      assertThat(again.status()).isEqualTo(409);
      assertThat(again.problemCode()).isEqualTo("rating.already-rated");
      assertThat(worker.get(path).json().path("stars").asInt()).as("the first rating stays").isEqualTo(2);
      assertThat(ratedNotes(caseId)).as("on the case's timeline once").isEqualTo(1);
    } finally {
      clerk.post("/api/tickets/" + ticketId + "/complete", Map.of());
      clerk.delete("/api/windows/" + window + "/duty");
    }
  }

  @Test
  void aSubmittedCaseTakesValidRatingsFromItsWorkerOnly() {
    try (var draft = new DraftCase(port, "worker-gulin")) {
      var worker = draft.worker;
      String path = "/api/cases/" + draft.caseId + "/rating";
      assertThat(worker.post(path, Map.of("stars", 4)).problemCode()).as("a draft before any call")
          .isEqualTo("rating.not-yet");
      draft.submitted(jdbc);

      assertThat(new ApiClient(port).signedInAs("worker-shiqi").post(path, Map.of("stars", 1)).status()).isIn(403, 404);
      assertInvalid(worker.post(path, Map.of("stars", 0)), "stars");
      assertInvalid(worker.post(path, Map.of("stars", 6)), "stars");
      assertInvalid(worker.post(path, Map.of("comment", "没有星级")), "stars");
      assertInvalid(worker.post(path, Map.of("stars", 9, "comment", "慢".repeat(501))), "stars", "comment");
      assertThat(worker.get(path).status()).as("nothing stored").isEqualTo(404);

      ApiClient.Response rated = worker.post(path, Map.of("stars", 5, "comment", "好".repeat(500)));
      assertThat(rated.status()).as(rated.body()).isEqualTo(200);
      assertThat(worker.get(path).json().path("comment").asString()).hasSize(500);
    }
  }

  @Test
  void twoSubmitsAtTheSameMomentStoreOneRating() throws Exception {
    var sameWorkerElsewhere = new ApiClient(port).signedInAs("worker-gulin");
    try (var draft = new DraftCase(port, "worker-gulin").submitted(jdbc)) {
      var worker = draft.worker;
      long caseId = draft.caseId;
      String path = "/api/cases/" + caseId + "/rating";
      for (int round = 0; round < 3; round++) {
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<ApiClient.Response>> submits = new ArrayList<>();
        for (ApiClient client : List.of(worker, sameWorkerElsewhere)) {
          submits.add(CompletableFuture.supplyAsync(() -> {
            await(start);
            return client.post(path, Map.of("stars", 3));
          }));
        }
        start.countDown();
        List<Integer> statuses = submits.stream().map(CompletableFuture::join).map(ApiClient.Response::status)
            .sorted().toList();
        assertThat(statuses).isEqualTo(round == 0 ? List.of(200, 409) : List.of(409, 409));
      }
      assertThat(jdbc.sql("select count(*) from case_rating where case_id = ?").param(caseId).query(Integer.class)
          .single()).isEqualTo(1);
      assertThat(ratedNotes(caseId)).isEqualTo(1);
    }
  }

  private int ratedNotes(long caseId) {
    return jdbc.sql("select count(*) from case_event where case_id = ? and kind = 'RATED'").param(caseId)
        .query(Integer.class).single();
  }

  private static void assertInvalid(ApiClient.Response response, String... fields) {
    assertThat(response.status()).as(response.body()).isEqualTo(422);
    assertThat(response.problemCode()).isEqualTo("rating.invalid");
    assertThat(response.json().path("errors").findValuesAsString("field")).containsExactlyInAnyOrder(fields);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
