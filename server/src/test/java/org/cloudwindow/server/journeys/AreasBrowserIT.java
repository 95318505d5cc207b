package org.cloudwindow.server.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.cloudwindow.server.support.Browser;
import org.cloudwindow.server.support.BrowserExtension;
import org.cloudwindow.server.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Each area shows the user's real place in the tree. */
@IntegrationTest
class AreasBrowserIT {

  @RegisterExtension
  BrowserExtension browsers = new BrowserExtension();

  @LocalServerPort
  int port;

  @Test
  void theWorkerSeesTheirPointAndTheWindowsThatServeIt() {
    Browser worker = browsers.open("worker", port).loginAs("worker-liangzhu");
    assertThat(worker.byTestId("worker-point").getText()).contains("梁祝社区").contains("高桥镇");
    var windows = worker.allByTestId("worker-window").stream().map(w -> w.getText()).toList();
    assertThat(String.join("\n", windows)).contains("高桥镇综合窗口").contains("区民政窗口").doesNotContain("古林镇");
  }

  @Test
  void theClerkSeesTheWindowsOfTheirSite() {
    Browser clerk = browsers.open("clerk", port).loginAs("clerk-gaoqiao");
    clerk.waitUntil(d -> clerk.byTestId("clerk-windows").getText().contains("高桥镇民政窗口"));
    String windows = clerk.byTestId("clerk-windows").getText();
    assertThat(windows).contains("高桥镇民政窗口").contains("高桥镇综合窗口").doesNotContain("区民政窗口");
  }

  @Test
  void theCoordinatorSeesEveryWindowOfTheSubtree() {
    Browser coordinator = browsers.open("coordinator", port, 1440, 900).loginAs("coordinator");
    coordinator.byTestId("board-window");
    String board = String.join("\n", coordinator.allByTestId("board-window").stream().map(w -> w.getText()).toList());
    assertThat(board).contains("区民政窗口", "高桥镇民政窗口", "古林镇综合窗口", "石碶街道公安窗口");

    Browser township = browsers.open("township", port, 1440, 900).loginAs("coordinator-gaoqiao");
    township.byTestId("board-window");
    String own = String.join("\n", township.allByTestId("board-window").stream().map(w -> w.getText()).toList());
    assertThat(own).contains("高桥镇民政窗口").doesNotContain("古林镇");
  }
}
