package org.cloudwindow.server.bench;

import static org.cloudwindow.server.bench.BenchFigures.quantile;
import static org.cloudwindow.server.bench.BenchFigures.steps;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cloudwindow.server.support.ApiClient;
import org.cloudwindow.server.support.Browser;
import org.cloudwindow.server.support.BrowserExtension;
import org.cloudwindow.server.support.CallPage;
import org.cloudwindow.server.support.ConsultationJourney;
import org.cloudwindow.server.support.DeskJourney;
import org.cloudwindow.server.support.IdNumbers;
import org.cloudwindow.server.support.Launcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * Benchmark, not a test (the build's test run skips it). A consultation on loopback in four
 * headless Chromium with fake cameras (the tablet, the clerk's desk, the expert, the coordinator),
 * for several rounds in one call:
 * <ol>
 *   <li>from the coordinator's assignment (the API call) until the expert decodes the desk and the
 *   tablet and both decode the expert; the expert's page presses join as soon as the invitation
 *   shows (a mutation observer, no polling), so the figure is the system's, not a person's;</li>
 *   <li>then the coordinator presses join on the board (join-consultation-call), the fourth and last
 *   joiner: from the press until all 12 directed pairs of the mesh decode video.</li>
 * </ol>
 * Each round the coordinator and the expert leave (hang-up) and the clerk concludes. First frames
 * are read from {@code requestVideoFrameCallback} (decoded = last packet received plus decoding);
 * all browsers share this machine's clock, so their times compare directly.
 *
 * <p>Run: {@code ./mvnw -B -q install -DskipTests && cd server && ../mvnw -B test -Dtest=ConsultationBenchmark}
 * ({@code -Dbench.rounds}, default 5; {@code -Dbench.trace=true} prints the coordinator's set-up steps).
 * Figures are printed and written to {@code server/target/bench/consultation.txt}.
 */
class ConsultationBenchmark {

  private static final int ROUNDS = Integer.getInteger("bench.rounds", 5);
  private static final Duration WAIT = Duration.ofSeconds(30);

  @RegisterExtension
  BrowserExtension browsers = new BrowserExtension();

  @Test
  @SuppressWarnings("unchecked")
  void assignmentToFramesAndTheFourPartyMesh() throws Exception {
    String loadBefore = Files.readString(Path.of("/proc/loadavg")).trim();
    try (var app = Launcher.start("demo", "--cloudwindow.embedded-db.data-directory=", "--cloudwindow.tls.enabled=false",
        "--cloudwindow.storage.directory=", "--logging.level.org.cloudwindow=WARN")) {
      int port = ((WebServerApplicationContext) app).getWebServer().getPort();
      String expertId = String.valueOf(ConsultationJourney.userId(port, "expert-civil"));
      String coordinatorId = String.valueOf(ConsultationJourney.userId(port, "coordinator-gaoqiao"));
      Browser expertBrowser = ConsultationJourney.expertPage(browsers, port, "expert-civil");
      Browser board = browsers.open("coordinator", port).loginAs("coordinator-gaoqiao").go("/coordinator");
      var call = DeskJourney.callConnected(browsers, port, "测速会商", IdNumbers.numbered(8000));
      String callId = call.desk().byTestId("call-panel").getAttribute("data-call-id");
      var clerkApi = new ApiClient(port).signedInAs("clerk-gaoqiao");
      var coordinatorApi = new ApiClient(port).signedInAs("coordinator-gaoqiao");
      CallPage desk = new CallPage(call.desk());
      CallPage tablet = new CallPage(call.tablet());
      CallPage expert = new CallPage(expertBrowser);
      CallPage coordinator = new CallPage(board);
      await(desk, 1);
      await(tablet, 1);

      List<long[]> rounds = new ArrayList<>();
      for (int round = 1; round <= ROUNDS; round++) {
        long id = clerkApi.post("/api/calls/" + callId + "/consultations", Map.of("topic", "测速会商 " + round)).json()
            .path("id").asLong();
        pressJoinOnInvitation(expertBrowser, id);
        long assigned = System.currentTimeMillis();
        ConsultationJourney.assign(coordinatorApi, id, Long.parseLong(expertId));
        await(expert, 2);
        await(desk, 2);
        await(tablet, 2);
        firstFrames(expert, 2);
        firstFrames(desk, 2);
        firstFrames(tablet, 2);
        Map<?, ?> expertMarks = (Map<?, ?>) expertBrowser.script("return window.cloudwindowBench");
        long expertDecodes = latest(expert.firstDecodedAt()) - assigned;
        long deskDecodes = at(desk.firstDecodedAt(), expertId) - assigned;
        long tabletDecodes = at(tablet.firstDecodedAt(), expertId) - assigned;
        long all = Math.max(expertDecodes, Math.max(deskDecodes, tabletDecodes));
        long shown = Math.round(((Number) expertMarks.get("shown")).doubleValue()) - assigned;
        Map<?, ?> steps = (Map<?, ?>) expertBrowser.script("return window.cloudwindowCall.timeline()");
        long joined = Math.round(((Number) steps.get("joined")).doubleValue()) - assigned;

        // The coordinator joins last, from the board.
        String join = "[data-testid='consultation-request'][data-consultation-id='" + id + "'] "
            + "[data-testid='join-consultation-call']";
        board.waitUntil(d -> !d.findElements(By.cssSelector(join)).isEmpty());
        double pressed = ((Number) board.script("const t = performance.timeOrigin + performance.now();"
            + "document.querySelector(arguments[0]).click(); return t;", join)).doubleValue();
        for (CallPage page : List.of(coordinator, expert, desk, tablet)) {
          await(page, 3);
          firstFrames(page, 3);
        }
        long meshEnd = Math.max(latest(coordinator.firstDecodedAt()), Math.max(at(expert.firstDecodedAt(), coordinatorId),
            Math.max(at(desk.firstDecodedAt(), coordinatorId), at(tablet.firstDecodedAt(), coordinatorId))));
        long mesh = Math.round(meshEnd - pressed);
        Map<String, Long> coordinatorSteps = steps(board, pressed);
        rounds.add(new long[] {all, expertDecodes, deskDecodes, tabletDecodes, shown, joined, mesh,
            coordinatorSteps.getOrDefault("media", -1L), coordinatorSteps.getOrDefault("joined", -1L),
            coordinatorSteps.getOrDefault("connected", -1L)});
        if (Boolean.getBoolean("bench.trace")) {
          System.out.println("  coordinator's set-up marks, ms after the press: " + relative((Map<String, Object>)
              board.script("return window.cloudwindowCall.timeline()"), pressed) + "; it decodes "
              + relative(coordinator.firstDecodedAt(), pressed) + "; decoded by the desk "
              + Math.round(at(desk.firstDecodedAt(), coordinatorId) - pressed) + ", the tablet "
              + Math.round(at(tablet.firstDecodedAt(), coordinatorId) - pressed) + ", the expert "
              + Math.round(at(expert.firstDecodedAt(), coordinatorId) - pressed));
        }
        System.out.printf("round %d: assignment to all decoded %d ms (expert %d, desk %d, tablet %d; invitation shown %d,"
            + " expert joined %d); coordinator's press to 12 pairs decoding %d ms%n",
            round, all, expertDecodes, deskDecodes, tabletDecodes, shown, joined, mesh);

        // Both leave, the clerk concludes; the desk and the tablet go on alone.
        board.click("hangup");
        expertBrowser.click("hangup");
        clerkApi.post("/api/consultations/" + id + "/conclude", Map.of("conclusion", "测速结束 " + round));
        await(desk, 1);
        await(tablet, 1);
        expertBrowser.waitUntil(d -> d.findElements(Browser.testId("expert-call")).isEmpty());
        board.waitUntil(d -> d.findElements(Browser.testId("call-panel")).isEmpty());
      }

      String report = String.format("""
          consultation benchmark, %s, %d cores, server and four browsers on this machine (loopback, fake cameras)
          load average before: %s; after: %s
          (a) from the coordinator's assignment (API call) to video decoded both ways between the expert and the
              desk and tablet, %d rounds (the expert's page presses join as the invitation shows):
            all sides: p50 %d ms, p95 %d ms, max %d ms
            the expert decodes both others: p50 %d ms, p95 %d ms; the desk decodes the expert: p50 %d ms, p95 %d ms;
            the tablet decodes the expert: p50 %d ms, p95 %d ms
            medians of the steps, ms after the assignment: invitation shown %d, expert joined the call %d
          (b) 4-party mesh set-up (tablet, desk, expert, coordinator): from the coordinator's press of
              join-consultation-call to all 12 directed pairs decoding: p50 %d ms, p95 %d ms, max %d ms
              per round: %s
            medians of the coordinator's steps, ms after the press: camera open %d, joined the call %d,
              WebRTC connected to the first peer %d
          """, java.time.Instant.now(), Runtime.getRuntime().availableProcessors(), loadBefore,
          Files.readString(Path.of("/proc/loadavg")).trim(), rounds.size(),
          quantile(rounds, 0, 0.5), quantile(rounds, 0, 0.95), quantile(rounds, 0, 1.0),
          quantile(rounds, 1, 0.5), quantile(rounds, 1, 0.95), quantile(rounds, 2, 0.5), quantile(rounds, 2, 0.95),
          quantile(rounds, 3, 0.5), quantile(rounds, 3, 0.95), quantile(rounds, 4, 0.5), quantile(rounds, 5, 0.5),
          quantile(rounds, 6, 0.5), quantile(rounds, 6, 0.95), quantile(rounds, 6, 1.0),
          rounds.stream().map(r -> r[6] + " ms").toList(),
          quantile(rounds, 7, 0.5), quantile(rounds, 8, 0.5), quantile(rounds, 9, 0.5));
      System.out.println(report);
      Path out = Path.of("target", "bench", "consultation.txt");
      Files.createDirectories(out.getParent());
      Files.writeString(out, report);
      DeskJourney.finish(call.desk(), call.duty());
    }
  }

  /**
   * The expert's page presses join the moment this consultation's invitation shows, and keeps
   * when that was in {@code window.cloudwindowBench.shown} (epoch ms).
   */
  private static void pressJoinOnInvitation(Browser expert, long consultationId) {
    expert.script("""
        const selector = "[data-testid='invitation'][data-consultation-id='" + arguments[0] + "'] "
          + "[data-testid='join-consultation']";
        window.cloudwindowBench = {};
        const observer = new MutationObserver(() => {
          const button = document.querySelector(selector);
          if (!button) return;
          observer.disconnect();
          window.cloudwindowBench.shown = performance.timeOrigin + performance.now();
          button.click();
        });
        observer.observe(document.body, {childList: true, subtree: true});""", consultationId);
  }

  /** Until the page has {@code others} tiles, all connected and decoding. */
  private static void await(CallPage page, int others) {
    new WebDriverWait(page.browser().driver(), WAIT).until(d -> ConsultationJourney.seesAll(page, others));
  }

  private static Map<String, Long> relative(Map<String, Object> firstFrames, double since) {
    Map<String, Long> relative = new java.util.TreeMap<>();
    firstFrames.forEach((peer, at) -> relative.put(peer, Math.round(((Number) at).doubleValue() - since)));
    return relative;
  }

  /** Until the page has seen the first frame of {@code peers} others (frame callbacks lag the stats a little). */
  private static void firstFrames(CallPage page, int peers) {
    new WebDriverWait(page.browser().driver(), WAIT).until(d -> page.firstDecodedAt().size() >= peers);
  }

  private static long latest(Map<String, Object> firstFrames) {
    return Math.round(firstFrames.values().stream().mapToDouble(v -> ((Number) v).doubleValue()).max().orElseThrow());
  }

  private static long at(Map<String, Object> firstFrames, String peerId) {
    Object at = firstFrames.get(peerId);
    if (at == null) {
      throw new IllegalStateException("no first frame of " + peerId + " in " + firstFrames);
    }
    return Math.round(((Number) at).doubleValue());
  }
}
