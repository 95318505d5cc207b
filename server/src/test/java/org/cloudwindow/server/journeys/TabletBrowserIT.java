package org.cloudwindow.server.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cloudwindow.server.support.Browser;
import org.cloudwindow.server.support.BrowserExtension;
import org.cloudwindow.server.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The worker area is tablet-first: it fits landscape and portrait, and every control is touchable. */
@IntegrationTest
class TabletBrowserIT {

  @RegisterExtension
  BrowserExtension browsers = new BrowserExtension();

  @LocalServerPort
  int port;

  @ParameterizedTest(name = "{0}x{1}")
  @CsvSource({"1280,800", "800,1280"})
  void theWorkerAreaFitsTheTabletWithTouchSizedControls(int width, int height) {
    Browser tablet = browsers.open("tablet", port, width, height).loginAs("worker-liangzhu");
    tablet.byTestId("worker-point");
    // The point's windows load after the page: wait for them (on a busy machine it takes seconds).
    tablet.waitUntil(d -> !tablet.allByTestId("worker-window").isEmpty());

    long scrollWidth = (Long) tablet.script("return document.documentElement.scrollWidth");
    long clientWidth = (Long) tablet.script("return document.documentElement.clientWidth");
    assertThat(scrollWidth).as("no sideways scrolling").isLessThanOrEqualTo(clientWidth);

    List<WebElement> controls = tablet.driver().findElements(By.cssSelector(
        "button, [role='button'], input, a[href], .el-select, [data-testid='lang-switch']"));
    assertThat(controls).isNotEmpty();
    for (WebElement control : controls) {
      if (control.isDisplayed()) {
        assertThat(control.getRect().getHeight()).as(control.getAttribute("outerHTML")).isGreaterThanOrEqualTo(44);
      }
    }
  }
}
