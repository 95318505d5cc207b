package org.cloudwindow.server.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cloudwindow.server.support.ApiClient;
import org.cloudwindow.server.support.Browser;
import org.cloudwindow.server.support.BrowserExtension;
import org.cloudwindow.server.support.IdNumbers;
import org.cloudwindow.server.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The coordinator's board in a real browser: a window turns YELLOW live and its alert is acknowledged. */
@IntegrationTest
class BoardBrowserIT {

  @RegisterExtension
  BrowserExtension browsers = new BrowserExtension();

  @LocalServerPort
  int port;

  @Autowired
  AlertScan scan;

  @Test
  void aCoordinatorSeesAWindowTurnYellowAndAcknowledgesTheAlert() {
    long window = windowNamed("石碶街道综合窗口");
    Browser coordinator = browsers.open("coordinator", port, 1440, 900).loginAs("coordinator");
    WebElement tile = coordinator.waitUntil(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("[data-testid='board-window'][data-window-id='" + window + "']")));
    assertThat(tile.getAttribute("data-alert-level")).isEqualTo("NONE");

    var worker = new ApiClient(port).signedInAs("worker-shiqi");
    String code = worker.get("/api/matters?q=" + java.net.URLEncoder.encode("高龄津贴", java.nio.charset.StandardCharsets.UTF_8))
        .json().get(0).path("code").asString();
    List<Long> tickets = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      tickets.add(worker.post("/api/tickets", Map.of("matterCode", code, "windowId", window, "priority", false,
          "applicant", Map.of("name", "排队" + i, "idNumber", IdNumbers.elderly(910 + i), "phone", "13911112222")))
          .json().path("id").asLong());
    }
    coordinator.waitUntil(d -> "YELLOW".equals(tile.getAttribute("data-alert-level")));
    assertThat(tile.getAttribute("data-waiting")).isEqualTo("5");

    scan.scan(Instant.now()); // every 5 s in production; now, so the test need not wait

    WebElement alert = coordinator.waitUntil(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("[data-testid='alert-item'][data-kind='LEVEL']")));
    String alertId = alert.getAttribute("data-alert-id");
    alert.findElement(Browser.testId("alert-acknowledge")).click();
    coordinator.waitUntil(d -> d.findElements(By.cssSelector("[data-testid='alert-item'][data-alert-id='" + alertId
        + "'] [data-testid='alert-acknowledge']")).isEmpty());
    JsonNode stored = null;
    for (JsonNode a : new ApiClient(port).signedInAs("coordinator").get("/api/board").json().path("alerts")) {
      if (String.valueOf(a.path("id").asLong()).equals(alertId)) {
        stored = a;
      }
    }
    assertThat(stored).isNotNull();
    assertThat(stored.path("acknowledgedAt").isNull()).isFalse();

    tickets.forEach(id -> worker.delete("/api/tickets/" + id));
    new ApiClient(port).signedInAs("coordinator").post("/api/alerts/" + alertId + "/resolve", Map.of());
  }

  private long windowNamed(String name) {
    for (JsonNode w : new ApiClient(port).signedInAs("admin").get("/api/windows").json()) {
      if (w.path("name").asString().equals(name)) {
        return w.path("id").asLong();
      }
    }
    throw new AssertionError("no window " + name);
  }
}
