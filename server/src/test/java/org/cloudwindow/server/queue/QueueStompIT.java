package org.cloudwindow.server.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.cloudwindow.server.support.ApiClient;
import org.cloudwindow.server.support.IntegrationTest;
import org.cloudwindow.server.support.StompTestClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Live queue over real STOMP clients: clerks see the queue move, workers are told when called. */
@IntegrationTest
class QueueStompIT {

  @LocalServerPort
  int port;

  @Test
  void theClerkSeesNewTicketsAndTheWorkerIsToldWhenCalled() throws Exception {
    var worker = new ApiClient(port).signedInAs("worker-liangzhu");
    var clerk = new ApiClient(port).signedInAs("clerk-gaoqiao");
    String code = QueueApiIT.matterNamed(worker, "高龄津贴").path("code").asString();
    long window = -1;
    for (JsonNode w : clerk.get("/api/duty").json().path("windows")) {
      if (w.path("name").asString().equals("高桥镇民政窗口")) {
        window = w.path("id").asLong();
      }
    }
    clerk.post("/api/windows/" + window + "/duty", Map.of());

    try (var clerkStomp = StompTestClient.connect(port, clerk); var workerStomp = StompTestClient.connect(port, worker)) {
      var queueUpdates = clerkStomp.subscribe("/topic/windows/" + window);
      var notifications = workerStomp.subscribe("/user/queue/notifications");
      var numbers = workerStomp.subscribe("/topic/windows/" + window + "/numbers");
      Thread.sleep(300); // subscriptions are registered asynchronously

      JsonNode ticket = worker.post("/api/tickets", QueueApiIT.ticket(code, "周阿婆", false)).json();
      String number = ticket.path("number").asString();
      JsonNode update = StompTestClient.await(queueUpdates,
          m -> m.path("waiting").findValuesAsString("number").contains(number), 5_000);
      assertThat(update.toString()).doesNotContain("周阿婆").contains("周**");
      StompTestClient.await(numbers, m -> m.path("places").findValuesAsString("number").contains(number), 5_000);

      JsonNode called = clerk.post("/api/windows/" + window + "/call-next", Map.of()).json();
      assertThat(called.path("ticket").path("number").asString()).isEqualTo(number);
      JsonNode told = StompTestClient.await(notifications, m -> m.path("change").asString().equals("CALLED"), 5_000);
      assertThat(told.path("ticket").path("number").asString()).isEqualTo(number);
      assertThat(told.path("ticket").path("callId").asString()).isEqualTo(called.path("callId").asString());
      StompTestClient.await(queueUpdates, m -> !m.path("waiting").findValuesAsString("number").contains(number), 5_000);

      clerk.post("/api/tickets/" + ticket.path("id").asLong() + "/complete", Map.of());
    } finally {
      clerk.delete("/api/windows/" + window + "/duty");
    }
  }

  @Test
  void aWorkerCannotWatchAWindowsFullQueue() throws Exception {
    var worker = new ApiClient(port).signedInAs("worker-gaoqiao");
    var clerk = new ApiClient(port).signedInAs("clerk-gaoqiao");
    String code = QueueApiIT.matterNamed(worker, "高龄津贴").path("code").asString();
    try (var workerStomp = StompTestClient.connect(port, worker); var clerkStomp = StompTestClient.connect(port, clerk)) {
      JsonNode probe = worker.post("/api/tickets", QueueApiIT.ticket(code, "探路", false)).json();
      long window = probe.path("windowId").asLong();
      var leaked = workerStomp.subscribe("/topic/windows/" + window);
      var seen = clerkStomp.subscribe("/topic/windows/" + window);
      Thread.sleep(300);

      JsonNode ticket = worker.post("/api/tickets", QueueApiIT.ticket(code, "吴奶奶", false)).json();
      String number = ticket.path("number").asString();
      StompTestClient.await(seen, m -> m.path("waiting").findValuesAsString("number").contains(number), 5_000);
      assertThat(leaked.poll(1, java.util.concurrent.TimeUnit.SECONDS)).as("the worker got queue data").isNull();
      worker.delete("/api/tickets/" + ticket.path("id").asLong());
      worker.delete("/api/tickets/" + probe.path("id").asLong());
    }
  }

  @Test
  void theWebSocketNeedsASignedInSession() throws Exception {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> StompTestClient.connect(port, (String) null))
        .hasStackTraceContaining("401");
    // and the same client gets in once it has a session
    try (var stomp = StompTestClient.connect(port, new ApiClient(port).signedInAs("clerk-gulin"))) {
      assertThat(stomp.connected()).isTrue();
    }
  }
}
