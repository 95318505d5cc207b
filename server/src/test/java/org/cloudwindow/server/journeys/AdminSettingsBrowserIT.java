package org.cloudwindow.server.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.cloudwindow.server.support.ApiClient;
import org.cloudwindow.server.support.Browser;
import org.cloudwindow.server.support.BrowserExtension;
import org.cloudwindow.server.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** An admin sets a window's opening hours and alert thresholds through the UI. */
@IntegrationTest
class AdminSettingsBrowserIT {

  @RegisterExtension
  BrowserExtension browsers = new BrowserExtension();

  @LocalServerPort
  int port;

  @Test
  void anAdminSetsAWindowsHoursAndThresholds() {
    var api = new ApiClient(port).signedInAs("admin");
    long window = -1;
    for (JsonNode w : api.get("/api/windows").json()) {
      if (w.path("name").asString().equals("石碶街道医保窗口")) {
        window = w.path("id").asLong();
      }
    }
    Browser admin = browsers.open("admin", port, 1440, 900).loginAs("admin");
    admin.go("/admin/windows");
    admin.waitUntil(ExpectedConditions.elementToBeClickable(
        By.cssSelector("[data-testid='window-settings'][data-window-id='" + window + "']"))).click();
    admin.byTestId("window-settings-dialog");

    WebElement hours = admin.byTestId("window-opening-hours");
    hours.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    hours.sendKeys("MON-FRI 08:30-12:00,13:30-17:00; SAT 09:00-12:00");
    setNumber(admin, "window-yellow-waiting", "3");
    setNumber(admin, "window-red-waiting", "6");
    admin.click("window-settings-save");
    admin.waitUntil(ExpectedConditions.invisibilityOfElementLocated(Browser.testId("window-settings-dialog")));

    assertThat(api.get("/api/admin/windows/" + window + "/opening-hours").json().path("openingHours").asString())
        .isEqualTo("MON-FRI 08:30-12:00,13:30-17:00; SAT 09:00-12:00");
    JsonNode thresholds = api.get("/api/admin/windows/" + window + "/thresholds").json();
    assertThat(thresholds.path("custom").asBoolean()).isTrue();
    assertThat(thresholds.path("yellowWaiting").asInt()).isEqualTo(3);
    assertThat(thresholds.path("redWaiting").asInt()).isEqualTo(6);

    api.put("/api/admin/windows/" + window + "/opening-hours", Map.of("openingHours", "MON-SUN 00:00-24:00"));
    api.delete("/api/admin/windows/" + window + "/thresholds");
  }

  private static void setNumber(Browser browser, String testId, String value) {
    WebElement input = browser.byTestId(testId).findElement(By.cssSelector("input"));
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(value, Keys.TAB);
  }
}
