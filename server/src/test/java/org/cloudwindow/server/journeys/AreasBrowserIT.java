package org.cloudwindow.server.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cloudwindow.server.support.Browser;
import org.cloudwindow.server.support.BrowserExtension;
import org.cloudwindow.server.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.OutputType;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each area shows the user's real place in the tree. The screenshots it leaves in
 * {@code target/screenshots/} are the ones in the README ({@code web-client/docs/}).
 */
@IntegrationTest
class AreasBrowserIT {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @RegisterExtension
  BrowserExtension browsers = new BrowserExtension();

  @LocalServerPort
  int port;

  @Test
  void theWorkerSeesTheirPointAndTheWindowsThatServeIt() throws IOException {
    Browser worker = browsers.open("worker", port).loginAs("worker-liangzhu");
    assertThat(worker.byTestId("worker-point").getText()).contains("梁祝社区").contains("高桥镇");
    var windows = worker.allByTestId("worker-window").stream().map(w -> w.getText()).toList();
    assertThat(String.join("\n", windows)).contains("高桥镇综合窗口").contains("区民政窗口").doesNotContain("古林镇");
    save(worker, "worker.png");
  }

  @Test
  void theClerkSeesTheWindowsOfTheirSite() throws IOException {
    Browser clerk = browsers.open("clerk", port).loginAs("clerk-gaoqiao");
    String windows = clerk.byTestId("clerk-windows").getText();
    assertThat(windows).contains("高桥镇民政窗口").contains("高桥镇综合窗口").doesNotContain("区民政窗口");
    save(clerk, "clerk.png");
  }

  @Test
  void theCoordinatorSeesTheWholeSubtree() {
    Browser coordinator = browsers.open("coordinator", port).loginAs("coordinator");
    assertThat(coordinator.byTestId("coordinator-site-tree").getText()).contains("高桥镇", "古林镇", "石碶街道");
  }

  private static void save(Browser browser, String file) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve(file), browser.driver().getScreenshotAs(OutputType.BYTES));
  }
}
