package org.cloudwindow.server.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;

/** The common start of the call journeys: a desk on duty at a window, a number taken for it. */
public final class DeskJourney {

  private DeskJourney() {}

  /** The window's id, found by name through the admin API. */
  public static long windowNamed(int port, String name) {
    for (JsonNode w : new ApiClient(port).signedInAs("admin").get("/api/windows").json()) {
      if (w.path("name").asString().equals(name)) {
        return w.path("id").asLong();
      }
    }
    throw new IllegalStateException("no window " + name);
  }

  /**
   * Puts the signed-in clerk's desk on duty at the window (a desk left on duty stays so); returns
   * the window's duty card.
   */
  public static WebElement onDuty(Browser desk, long windowId) {
    WebElement duty = desk.waitUntil(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("[data-testid='duty-window'][data-window-id='" + windowId + "']")));
    if (!"true".equals(duty.getAttribute("data-on-duty"))) {
      duty.findElement(Browser.testId("duty-toggle")).click();
      desk.waitUntil(d -> "true".equals(duty.getAttribute("data-on-duty")));
    }
    return duty;
  }

  /**
   * Ends the desk's work the way a clerk would: completes the ticket it holds, if any, and goes off
   * duty, waiting for both, so the next journey finds the desk free.
   */
  public static void finish(Browser desk, WebElement duty) {
    if (!desk.driver().findElements(Browser.testId("complete-ticket")).isEmpty()) {
      desk.click("complete-ticket");
      desk.waitUntil(d -> d.findElements(Browser.testId("complete-ticket")).isEmpty());
    }
    if ("true".equals(duty.getAttribute("data-on-duty"))) {
      duty.findElement(Browser.testId("duty-toggle")).click();
      desk.waitUntil(d -> "false".equals(duty.getAttribute("data-on-duty")));
    }
  }

  /**
   * After a journey, passed or failed, over the API: the clerk holds no ticket and is off duty, so
   * the journeys after it find the desk free (a failed one would leave the desk in its call).
   */
  public static void release(int port, String clerk) {
    var api = new ApiClient(port).signedInAs(clerk);
    JsonNode duty = api.get("/api/duty").json();
    JsonNode held = duty.path("activeTicket");
    if (held.isObject()) {
      api.post("/api/tickets/" + held.path("id").asLong() + "/complete", Map.of());
    }
    for (JsonNode window : duty.path("windows")) {
      if (window.path("onDuty").asBoolean()) {
        api.delete("/api/windows/" + window.path("id").asLong() + "/duty");
      }
    }
  }

  /** The worker takes a priority number for 高龄津贴 (at the given window, or where routing sends it). */
  public static JsonNode takeNumber(ApiClient worker, Long windowId, String applicant, String idNumber) {
    String code = worker.get("/api/matters?q=" + URLEncoder.encode("高龄津贴", StandardCharsets.UTF_8)).json().get(0)
        .path("code").asString();
    Map<String, Object> request = new HashMap<>(Map.of("matterCode", code, "priority", true,
        "applicant", Map.of("name", applicant, "idNumber", idNumber, "phone", "13911112222")));
    if (windowId != null) {
      request.put("windowId", windowId);
    }
    return worker.post("/api/tickets", request).json();
  }

  /**
   * The call both journeys of a case start with: 高桥镇民政窗口's clerk on duty, 梁祝社区's tablet
   * taking a number for the applicant, the clerk calling it and the tablet answering, connected.
   */
  public static Underway callConnected(BrowserExtension browsers, int port, String applicant, String idNumber) {
    long window = windowNamed(port, "高桥镇民政窗口");
    Browser desk = browsers.open("clerk", port).loginAs("clerk-gaoqiao");
    WebElement duty = onDuty(desk, window);
    Browser tablet = browsers.open("tablet", port).loginAs("worker-liangzhu");
    takeNumber(new ApiClient(port).signedInAs("worker-liangzhu"), window, applicant, idNumber);
    tablet.waitUntil(d -> "WAITING".equals(tablet.byTestId("ticket-status").getAttribute("data-state")));
    desk.click("call-next");
    tablet.click("answer-call");
    new CallPage(tablet).awaitStatus("connected");
    return new Underway(desk, duty, tablet);
  }

  /** A call under way: the clerk's desk (with its duty card, for {@link #finish}) and the tablet. */
  public record Underway(Browser desk, WebElement duty, Browser tablet) {}
}
