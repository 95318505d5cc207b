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
  /** Worker accounts; each holds CLIENTS / WORKERS connections (a busy point has a few tablets). */
  private static final int WORKERS = Integer.getInteger("bench.workers", 100);
  /** Tickets per second in the paced phase; a whole city's busiest minute is well below this. */
  private static final int RATE = Integer.getInteger("bench.rate", 20);

  @Test
  void takeToClerkNotificationLatency() throws Exception {
    try (var app = Launcher.start("demo", "--cloudwindow.embedded-db.data-directory=", "--cloudwindow.tls.enabled=false",
        "--logging.level.org.cloudwindow=WARN")) {
      int port = ((WebServerApplicationContext) app).getWebServer().getPort();
      var admin = new ApiClient(port).signedInAs("admin");
      long point = -1;
      for (JsonNode township : admin.get("/api/sites").json().get(0).path("children")) {
        for (JsonNode community : township.path("children")) {
          if (community.path("name").asString().equals("梁祝社区")) {
            point = community.path("id").asLong();
          }
        }
      }
      List<ApiClient> workers = new ArrayList<>();
      for (int w = 0; w < WORKERS; w++) {
        admin.post("/api/admin/users", Map.of("username", "bench-worker-" + w, "displayName", "压测代办员" + w,
            "siteId", point, "roles", List.of("COMMUNITY_WORKER"), "password", "Bench2026pass"));
        workers.add(new ApiClient(port).signedInAs("bench-worker-" + w, "Bench2026pass"));
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
      // The clerk's desk watches the queues of the clerk's own two windows, as in the product;
      // latency is measured on the tickets that land there, while all windows carry the load.
      var clerk = new ApiClient(port).signedInAs("clerk-gaoqiao");
      List<Long> deskWindows = new ArrayList<>();
      for (JsonNode w : clerk.get("/api/duty").json().path("windows")) {
        deskWindows.add(w.path("id").asLong());
      }

      // The clerk's desk, plus the rest of the 1,000 clients: tablets following numbers and their own queue.
      List<StompTestClient> connections = new ArrayList<>();
      // The server pushes the update before it answers the request, so arrivals are noted by
      // number and matched with the send times once the answers have named the numbers.
      Map<String, Long> sentAt = new ConcurrentHashMap<>();
      Map<String, Long> arrivedAt = new ConcurrentHashMap<>();
      StompTestClient desk = StompTestClient.connect(port, clerk);
      connections.add(desk);
      for (long window : deskWindows) {
        desk.subscribeWith("/topic/windows/" + window, message -> {
          long now = System.nanoTime();
          for (String number : message.path("waiting").findValuesAsString("number")) {
            arrivedAt.putIfAbsent(window + ":" + number, now);
          }
        });
      }
      List<Long> allWindows = windows;
      long connectStart = System.nanoTime();
      java.util.concurrent.atomic.AtomicLong tabletFrames = new java.util.concurrent.atomic.AtomicLong();
      for (int i = 1; i < CLIENTS; i++) {
        StompTestClient tablet = StompTestClient.connect(port, workers.get(i % workers.size()));
        tablet.subscribeCounting("/user/queue/notifications", tabletFrames);
        tablet.subscribeCounting("/topic/windows/" + allWindows.get(i % allWindows.size()) + "/numbers", tabletFrames);
        connections.add(tablet);
      }
      double connectSeconds = (System.nanoTime() - connectStart) / 1e9;
      Thread.sleep(1000);

      AtomicInteger failed = new AtomicInteger();
      // Phase 1: a steady RATE tickets per second, the latency a clerk sees on a busy day.
      int paced = TICKETS / 2;
      Map<String, Long> pacedSent = new ConcurrentHashMap<>();
      ExecutorService pacedPool = Executors.newFixedThreadPool(THREADS);
      long pacedStart = System.nanoTime();
      for (int i = 0; i < paced; i++) {
        final int n = i;
        long due = pacedStart + (long) (n * 1e9 / RATE);
        long wait = due - System.nanoTime();
        if (wait > 0) {
          Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
        pacedPool.submit(() -> take(workers, windows, deskWindows, matterOf, n, pacedSent, failed));
      }
      pacedPool.shutdown();
      pacedPool.awaitTermination(5, TimeUnit.MINUTES);
      double pacedSeconds = (System.nanoTime() - pacedStart) / 1e9;
      List<Long> pacedLatencies = matched(pacedSent, arrivedAt);

      // Phase 2: as fast as THREADS workers can take numbers: the ceiling.
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      AtomicInteger next = new AtomicInteger(paced);
      long start = System.nanoTime();
      for (int t = 0; t < THREADS; t++) {
        pool.submit(() -> {
          for (int i = next.getAndIncrement(); i < TICKETS; i = next.getAndIncrement()) {
            take(workers, windows, deskWindows, matterOf, i, sentAt, failed);
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
      List<Long> sorted = matched(sentAt, arrivedAt);
      int flatOut = TICKETS - paced;

      String report = String.format("""
          queue latency benchmark, %s, %d cores, server and all clients on this machine
          STOMP clients connected: %d (%d worker accounts, in %.1f s); tickets spread over %d windows
          frames received by the tablets: %d; failed takes: %d
          take request sent -> clerk's STOMP queue update received (tickets at the clerk's two windows):
            steady %d tickets/s (%d tickets in %.1f s), %d samples: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms
            flat out, %d threads: %d tickets in %.1f s = %.1f tickets/s, %d samples: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms
          """, java.time.Instant.now(), Runtime.getRuntime().availableProcessors(), connections.size(), WORKERS,
          connectSeconds, windows.size(), tabletFrames.get(), failed.get(),
          RATE, paced, pacedSeconds, pacedLatencies.size(), ms(pacedLatencies, 0.5), ms(pacedLatencies, 0.9),
          ms(pacedLatencies, 0.99), ms(pacedLatencies, 1.0),
          THREADS, flatOut, takeSeconds, flatOut / takeSeconds, sorted.size(), ms(sorted, 0.5), ms(sorted, 0.9),
          ms(sorted, 0.99), ms(sorted, 1.0));
      System.out.println(report);
      Path out = Path.of("target", "bench", "queue-latency.txt");
      Files.createDirectories(out.getParent());
      Files.writeString(out, report);
    }
  }

  private static void take(List<ApiClient> workers, List<Long> windows, List<Long> deskWindows,
      Map<Long, String> matterOf, int i, Map<String, Long> sentAt, AtomicInteger failed) {
    ApiClient worker = workers.get(i % workers.size());
    long window = windows.get(i % windows.size());
    long sent = System.nanoTime();
    var response = worker.post("/api/tickets", Map.of("matterCode", matterOf.get(window), "windowId", window,
        "priority", false, "applicant", Map.of("name", "压测" + i, "idNumber", IdNumbers.numbered(i), "phone", "13900000000")));
    if (response.status() != 201) {
      failed.incrementAndGet();
    } else if (deskWindows.contains(window)) {
      sentAt.put(window + ":" + response.json().path("number").asString(), sent);
    }
  }

  private static List<Long> matched(Map<String, Long> sentAt, Map<String, Long> arrivedAt) {
    List<Long> latencies = new ArrayList<>();
    sentAt.forEach((key, sent) -> {
      Long arrived = arrivedAt.get(key);
      if (arrived != null) {
        latencies.add(arrived - sent);
      }
    });
    Collections.sort(latencies);
    return latencies;
  }

  private static double ms(List<Long> sorted, double quantile) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    return sorted.get((int) Math.min(sorted.size() - 1, Math.round(quantile * (sorted.size() - 1)))) / 1e6;
  }
}
