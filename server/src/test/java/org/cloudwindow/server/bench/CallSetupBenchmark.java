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
import org.cloudwindow.server.support.DeskJourney;
import org.cloudwindow.server.support.IdNumbers;
import org.cloudwindow.server.support.Launcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * Benchmark, not a test (the build's test run skips it). Call set-up time on loopback, in two
 * headless Chromium with fake cameras: from the clerk pressing 叫号 (call-next) to the first
 * remote video frame decoded on each side, for 20 calls in a row. Decoded is when the frame's last
 * packet arrived plus its decoding time, and presented when it reached the screen, both from
 * {@code requestVideoFrameCallback}; the target is for decoded, both are reported. The tablet answers automatically (its auto-answer switch), as an unattended point
 * tablet would. Both browsers share this machine's clock, so their times compare directly.
 *
 * <p>Run: {@code ./mvnw -B -q install -DskipTests && cd server && ../mvnw -B test -Dtest=CallSetupBenchmark}
 * <br>Figures are printed and written to {@code server/target/bench/call-setup.txt}.
 */
class CallSetupBenchmark {

  private static final int CALLS = Integer.getInteger("bench.calls", 20);
  private static final long PAUSE_MS = Long.getLong("bench.pause-ms", 1000);

  @RegisterExtension
  BrowserExtension browsers = new BrowserExtension();

  @Test
  void callNextToFirstFrameOnBothSides() throws Exception {
    try (var app = Launcher.start("demo", "--cloudwindow.embedded-db.data-directory=", "--cloudwindow.tls.enabled=false",
        "--cloudwindow.storage.directory=", "--logging.level.org.cloudwindow=WARN")) {
      int port = ((WebServerApplicationContext) app).getWebServer().getPort();
      long window = DeskJourney.windowNamed(port, "高桥镇民政窗口");
      Browser clerkBrowser = browsers.open("clerk", port).loginAs("clerk-gaoqiao");
      WebElement duty = DeskJourney.onDuty(clerkBrowser, window);
      Browser tabletBrowser = browsers.open("tablet", port).loginAs("worker-liangzhu");
      tabletBrowser.click("auto-answer");
      var workerApi = new ApiClient(port).signedInAs("worker-liangzhu");
      String code = workerApi.get("/api/matters?q=" + java.net.URLEncoder.encode("高龄津贴", "UTF-8")).json().get(0)
          .path("code").asString();
      CallPage clerk = new CallPage(clerkBrowser);
      CallPage tablet = new CallPage(tabletBrowser);

      List<long[]> samples = new ArrayList<>();
      for (int i = 0; i < CALLS; i++) {
        workerApi.post("/api/tickets", Map.of("matterCode", code, "windowId", window, "priority", false,
            "applicant", Map.of("name", "测速" + i, "idNumber", IdNumbers.numbered(7000 + i), "phone", "13900000000")));
        clerkBrowser.waitUntil(d -> !clerkBrowser.allByTestId("queue-item").isEmpty());
        tabletBrowser.waitUntil(d -> !tabletBrowser.allByTestId("ticket-status").isEmpty());
        // As at a real desk, the press comes a moment after the number shows, not in the same millisecond.
        Thread.sleep(PAUSE_MS);
        if (Boolean.getBoolean("bench.trace")) {
          watchLongTasks(clerkBrowser);
          watchLongTasks(tabletBrowser);
        }
        double pressed = ((Number) clerkBrowser.script("const t = performance.timeOrigin + performance.now();"
            + "document.querySelector(\"[data-testid='call-next']\").click(); return t;")).doubleValue();
        var wait = Duration.ofSeconds(20);
        new WebDriverWait(clerkBrowser.driver(), wait).until(d -> !clerk.firstFrameAt().isEmpty());
        new WebDriverWait(tabletBrowser.driver(), wait).until(d -> !tablet.firstFrameAt().isEmpty());
        long deskDecoded = Math.round(first(clerk.firstDecodedAt()) - pressed);
        long tabletDecoded = Math.round(first(tablet.firstDecodedAt()) - pressed);
        long deskShown = Math.round(first(clerk.firstFrameAt()) - pressed);
        long tabletShown = Math.round(first(tablet.firstFrameAt()) - pressed);
        Map<String, Long> desk = steps(clerkBrowser, pressed);
        Map<String, Long> tab = steps(tabletBrowser, pressed);
        samples.add(new long[] {deskDecoded, tabletDecoded, Math.max(deskDecoded, tabletDecoded),
            deskShown, tabletShown, Math.max(deskShown, tabletShown),
            desk.getOrDefault("media", -1L), desk.getOrDefault("joined", -1L), desk.getOrDefault("connected", -1L),
            tab.getOrDefault("media", -1L), tab.getOrDefault("joined", -1L), tab.getOrDefault("connected", -1L)});
        System.out.printf("call %2d: decoded desk %4d ms, tablet %4d ms; presented desk %4d ms, tablet %4d ms%n",
            i + 1, deskDecoded, tabletDecoded, deskShown, tabletShown);
        if (Boolean.getBoolean("bench.trace")) {
          System.out.println("  desk:   " + requestsSince(clerkBrowser, pressed) + " | " + desk);
          System.out.println("  tablet: " + requestsSince(tabletBrowser, pressed) + " | " + tab);
          System.out.println("  long tasks (start+duration, ms after the press): desk " + longTasksSince(clerkBrowser, pressed)
              + "; tablet " + longTasksSince(tabletBrowser, pressed));
        }

        clerkBrowser.click("complete-ticket");
        new WebDriverWait(clerkBrowser.driver(), wait).until(d -> d.findElements(Browser.testId("call-status")).isEmpty());
        new WebDriverWait(tabletBrowser.driver(), wait).until(d ->
            tablet.status().isEmpty() || "ended".equals(tablet.status()));
        // The tablet asks the applicant for a rating; nobody is there to give one.
        tabletBrowser.click("rating-skip");
        // Let the tablet return to its ticket list before the next number.
        new WebDriverWait(tabletBrowser.driver(), wait).until(d -> d.findElements(Browser.testId("call-status")).isEmpty());
      }

      String report = String.format("""
          call set-up benchmark, %s, %d cores, server and both browsers on this machine (loopback, fake cameras)
          from the clerk pressing call-next to the first remote video frame, %d calls:
            decoded, both sides (the later of the two): p50 %d ms, p95 %d ms, max %d ms
              clerk's desk: p50 %d ms, p95 %d ms; worker's tablet: p50 %d ms, p95 %d ms
            presented on screen, both sides: p50 %d ms, p95 %d ms, max %d ms
              clerk's desk: p50 %d ms, p95 %d ms; worker's tablet: p50 %d ms, p95 %d ms
          where the time goes (medians, ms after the press): camera open, joined, WebRTC connected, first frame decoded
            desk:   %d, %d, %d, %d
            tablet: %d, %d, %d, %d
          """, java.time.Instant.now(), Runtime.getRuntime().availableProcessors(), samples.size(),
          quantile(samples, 2, 0.5), quantile(samples, 2, 0.95), quantile(samples, 2, 1.0),
          quantile(samples, 0, 0.5), quantile(samples, 0, 0.95), quantile(samples, 1, 0.5), quantile(samples, 1, 0.95),
          quantile(samples, 5, 0.5), quantile(samples, 5, 0.95), quantile(samples, 5, 1.0),
          quantile(samples, 3, 0.5), quantile(samples, 3, 0.95), quantile(samples, 4, 0.5), quantile(samples, 4, 0.95),
          quantile(samples, 6, 0.5), quantile(samples, 7, 0.5), quantile(samples, 8, 0.5), quantile(samples, 0, 0.5),
          quantile(samples, 9, 0.5), quantile(samples, 10, 0.5), quantile(samples, 11, 0.5), quantile(samples, 1, 0.5));
      System.out.println(report);
      Path out = Path.of("target", "bench", "call-setup.txt");
      Files.createDirectories(out.getParent());
      Files.writeString(out, report);
      DeskJourney.finish(clerkBrowser, duty);
    }
  }

  /** The page's API requests since {@code since}: path, start and end in ms after it. */
  private static Object requestsSince(Browser browser, double since) {
    return browser.script("const since = arguments[0];"
        + "return performance.getEntriesByType('resource').filter(e => e.name.includes('/api/')"
        + " && performance.timeOrigin + e.startTime >= since - 1)"
        + ".map(e => new URL(e.name).pathname.replace(/[0-9a-f-]{36}/, '{id}') + ' '"
        + " + Math.round(performance.timeOrigin + e.startTime - since) + '-'"
        + " + Math.round(performance.timeOrigin + e.responseEnd - since)).join(', ')", since);
  }

  /** Starts (again) recording the page's long tasks (50 ms and more on the main thread). */
  private static void watchLongTasks(Browser browser) {
    browser.script("window.__longTasks = [];"
        + "if (!window.__longTaskObserver) {"
        + "  window.__longTaskObserver = new PerformanceObserver(list => list.getEntries().forEach(e =>"
        + "    window.__longTasks.push([performance.timeOrigin + e.startTime, e.duration])));"
        + "  window.__longTaskObserver.observe({ type: 'longtask' });"
        + "}");
  }

  private static Object longTasksSince(Browser browser, double since) {
    return browser.script("return window.__longTasks.map(([at, d]) => Math.round(at - arguments[0]) + '+' + Math.round(d)).join(' ')",
        since);
  }

  private static double first(Map<String, Object> firstFrames) {
    return firstFrames.values().stream().mapToDouble(v -> ((Number) v).doubleValue()).min().orElseThrow();
  }
}
