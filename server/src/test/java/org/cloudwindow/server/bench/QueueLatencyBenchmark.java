package org.cloudwindow.server.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.cloudwindow.server.support.ApiClient;
import org.cloudwindow.server.support.IdNumbers;
import org.cloudwindow.server.support.Launcher;
import org.cloudwindow.server.support.StompTestClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Benchmark, not a test (the build's test run skips it). With 1,000 STOMP clients connected on
 * loopback, workers take numbers from several threads at once; it measures tickets taken per
 * second and the latency from sending the take request to the clerk's STOMP client receiving
 * the queue update with that number.
 *
 * <p>Run: {@code ./mvnw -B -q install -DskipTests && cd server && ../mvnw -B test -Dtest=QueueLatencyBenchmark}
 * <br>Figures are printed and written to {@code server/target/bench/queue-latency.txt}.
 */
class QueueLatencyBenchmark {

  private static final int CLIENTS = Integer.getInteger("bench.clients", 1000);
  private static final int TICKETS = Integer.getInteger("bench.tickets", 1000);
  private static final int THREADS = Integer.getInteger("bench.threads", 8);

  @Test
  void takeToClerkNotificationLatency() throws Exception {
    try (var app = Launcher.start("demo", "--cloudwindow.embedded-db.data-directory=", "--cloudwindow.tls.enabled=false",
        "--logging.level.org.cloudwindow=WARN")) {
      int port = ((WebServerApplicationContext) app).getWebServer().getPort();
      String[] workerNames = {"worker-liangzhu", "worker-gaoqiao"};
      List<ApiClient> workers = new ArrayList<>();
      for (String name : workerNames) {
        workers.add(new ApiClient(port).signedInAs(name));
      }
      // Tickets go round the 13 windows the workers reach (their township's and the district's),
      // each with a remote matter of the window's department, as a real day spreads them.
      JsonNode matters = workers.get(0).get("/api/matters?limit=100").json();
      List<Long> windows = new ArrayList<>();
      Map<Long, String> matterOf = new java.util.HashMap<>();
      for (JsonNode w : workers.get(0).get("/api/windows").json()) {
        for (JsonNode m : matters) {
          boolean fits = w.path("comprehensive").asBoolean()
              || m.path("departmentCode").asString().equals(w.path("departmentCode").asString());
          if (fits && m.path("remoteEligible").asBoolean()) {
            windows.add(w.path("id").asLong());
            matterOf.put(w.path("id").asLong(), m.path("code").asString());
            break;
          }
        }
      }
      // The desk that watches every window's queue: a coordinator sees what each clerk sees.
      var clerk = new ApiClient(port).signedInAs("coordinator");

      // The clerk's desk, plus the rest of the 1,000 clients: tablets following numbers and their own queue.
      List<StompTestClient> connections = new ArrayList<>();
      // The server pushes the update before it answers the request, so arrivals are noted by
      // number and matched with the send times once the answers have named the numbers.
      Map<String, Long> sentAt = new ConcurrentHashMap<>();
      Map<String, Long> arrivedAt = new ConcurrentHashMap<>();
      StompTestClient desk = StompTestClient.connect(port, clerk);
      connections.add(desk);
      for (long window : windows) {
        desk.subscribeWith("/topic/windows/" + window, message -> {
          long now = System.nanoTime();
          for (String number : message.path("waiting").findValuesAsString("number")) {
            arrivedAt.putIfAbsent(window + ":" + number, now);
          }
        });
      }
      List<Long> allWindows = windows;
      long connectStart = System.nanoTime();
      for (int i = 1; i < CLIENTS; i++) {
        StompTestClient tablet = StompTestClient.connect(port, workers.get(i % workers.size()));
        tablet.subscribe("/user/queue/notifications");
        tablet.subscribe("/topic/windows/" + allWindows.get(i % allWindows.size()) + "/numbers");
        connections.add(tablet);
      }
      double connectSeconds = (System.nanoTime() - connectStart) / 1e9;
      Thread.sleep(1000);

      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      AtomicInteger next = new AtomicInteger();
      AtomicInteger failed = new AtomicInteger();
      long start = System.nanoTime();
      for (int t = 0; t < THREADS; t++) {
        pool.submit(() -> {
          for (int i = next.getAndIncrement(); i < TICKETS; i = next.getAndIncrement()) {
            ApiClient worker = workers.get(i % workers.size());
            long window = windows.get(i % windows.size());
            // The number is not known before the answer, so the start time is recorded per request
            // and keyed once the answer names the number (the STOMP message may come first).
            long sent = System.nanoTime();
            var response = worker.post("/api/tickets", Map.of("matterCode", matterOf.get(window), "windowId", window, "priority", false,
                "applicant", Map.of("name", "压测" + i, "idNumber", IdNumbers.numbered(i), "phone", "13900000000")));
            if (response.status() != 201) {
              failed.incrementAndGet();
              continue;
            }
            String key = window + ":" + response.json().path("number").asString();
            sentAt.put(key, sent);
          }
        });
      }
      pool.shutdown();
      pool.awaitTermination(10, TimeUnit.MINUTES);
      double takeSeconds = (System.nanoTime() - start) / 1e9;
      long deadline = System.currentTimeMillis() + 30_000;
      while (!arrivedAt.keySet().containsAll(sentAt.keySet()) && System.currentTimeMillis() < deadline) {
        Thread.sleep(100);
      }
      connections.forEach(StompTestClient::close);

      List<Long> sorted = new ArrayList<>();
      sentAt.forEach((key, sent) -> {
        Long arrived = arrivedAt.get(key);
        if (arrived != null) {
          sorted.add(arrived - sent);
        }
      });
      Collections.sort(sorted);
      String report = String.format("""
          queue latency benchmark, %s, %d cores
          STOMP clients connected: %d (in %.1f s); tickets spread over %d windows
          tickets taken: %d of %d in %.1f s by %d threads = %.1f tickets/s (failed: %d)
          take request sent -> clerk's STOMP queue update received, %d samples:
            p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms
          """, java.time.Instant.now(), Runtime.getRuntime().availableProcessors(), connections.size(),
          connectSeconds, windows.size(), TICKETS - failed.get(), TICKETS, takeSeconds, THREADS, (TICKETS - failed.get()) / takeSeconds,
          failed.get(), sorted.size(), ms(sorted, 0.50), ms(sorted, 0.90), ms(sorted, 0.99),
          sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6);
      System.out.println(report);
      Path out = Path.of("target", "bench", "queue-latency.txt");
      Files.createDirectories(out.getParent());
      Files.writeString(out, report);
    }
  }

  private static double ms(List<Long> sorted, double quantile) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    return sorted.get((int) Math.min(sorted.size() - 1, Math.round(quantile * (sorted.size() - 1)))) / 1e6;
  }
}
