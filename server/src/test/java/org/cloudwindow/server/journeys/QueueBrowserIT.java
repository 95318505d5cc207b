package org.cloudwindow.server.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.cloudwindow.server.support.Browser;
import org.cloudwindow.server.support.BrowserExtension;
import org.cloudwindow.server.support.DeskJourney;
import org.cloudwindow.server.support.FreeDesks;
import org.cloudwindow.server.support.IdNumbers;
import org.cloudwindow.server.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The queue in real browsers: a tablet takes a number, the clerk's desk sees it live and calls it.
 * Its screenshots in {@code target/screenshots/} are the README's ({@code web-client/docs/}).
 */
@IntegrationTest
class QueueBrowserIT {

  @RegisterExtension
  BrowserExtension browsers = new BrowserExtension();

  @RegisterExtension
  FreeDesks desks = new FreeDesks("clerk-gaoqiao");

  @LocalServerPort
  int port;

  @Test
  void aWorkerTakesANumberAndTheClerkCallsItLive() {
    long window = DeskJourney.windowNamed(port, "高桥镇民政窗口");
    Browser clerk = browsers.open("clerk", port).loginAs("clerk-gaoqiao");
    WebElement duty = DeskJourney.onDuty(clerk, window);

    Browser tablet = browsers.open("tablet", port).loginAs("worker-liangzhu");
    tablet.type("matter-search", "高龄津贴");
    tablet.waitUntil(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid='matter-result']"))).click();
    tablet.type("applicant-name", "陈阿婆");
    tablet.type("applicant-id-number", IdNumbers.elderly(901));
    tablet.type("applicant-phone", "13911112222");
    tablet.click("priority-toggle");
    tablet.click("take-ticket");
    String number = tablet.byTestId("ticket-number").getText().strip();
    assertThat(number).matches("M\\d{3}");
    assertThat(tablet.byTestId("ticket-position").getText()).isNotBlank();

    // The clerk's queue shows it without a reload, applicant masked.
    WebElement item = clerk.waitUntil(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("[data-testid='queue-item'][data-ticket-number='" + number + "']")));
    assertThat(item.getText()).contains("陈**").doesNotContain("陈阿婆");
    tablet.screenshot("worker.png");
    clerk.screenshot("clerk.png");

    clerk.click("call-next");
    WebElement active = clerk.byTestId("active-ticket");
    clerk.waitUntil(d -> number.equals(active.getAttribute("data-ticket-number")));
    assertThat(active.getText()).contains("陈阿婆");

    // The tablet turns to the call.
    tablet.waitUntil(d -> "CALLED".equals(tablet.byTestId("ticket-status").getAttribute("data-state")));
    tablet.click("answer-call");
    tablet.waitUntil(d -> "SERVING".equals(tablet.byTestId("ticket-status").getAttribute("data-state")));

    clerk.click("complete-ticket");
    tablet.waitUntil(d -> tablet.driver().findElements(By.cssSelector("[data-testid='ticket-status'][data-state='DONE']")).size()
        + tablet.driver().findElements(Browser.testId("ticket-final")).size() > 0);
    duty.findElement(Browser.testId("duty-toggle")).click();
    clerk.waitUntil(d -> "false".equals(duty.getAttribute("data-on-duty")));
  }
}
