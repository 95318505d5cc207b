package org.cloudwindow.server.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.cloudwindow.server.support.ApiClient;
import org.cloudwindow.server.support.Browser;
import org.cloudwindow.server.support.BrowserExtension;
import org.cloudwindow.server.support.CallPage;
import org.cloudwindow.server.support.DeskJourney;
import org.cloudwindow.server.support.IdNumbers;
import org.cloudwindow.server.support.Launcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * The server restarts in the middle of a call: the browsers' media keeps flowing peer to peer,
 * their STOMP connections come back by themselves with the same signed-in sessions, they rejoin
 * the call, and call messages (a mute) reach the other side again.
 */
class CallRestartBrowserIT {

  @RegisterExtension
  BrowserExtension browsers = new BrowserExtension();

  @Test
  void aCallSurvivesAServerRestart() throws Exception {
    Path data = Files.createTempDirectory("cloudwindow-restart-");
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    String[] arguments = {"--server.port=" + port, "--cloudwindow.data-directory=" + data,
        "--cloudwindow.tls.enabled=false", "--cloudwindow.queue.scan-interval=1h"};
    ConfigurableApplicationContext app = Launcher.start("demo", arguments);
    try {
      long window = DeskJourney.windowNamed(port, "石碶街道民政窗口");
      Browser clerkBrowser = browsers.open("clerk", port).loginAs("clerk-shiqi");
      DeskJourney.onDuty(clerkBrowser, window);
      Browser tabletBrowser = browsers.open("tablet", port).loginAs("worker-shiqi");
      DeskJourney.takeNumber(new ApiClient(port).signedInAs("worker-shiqi"), null, "重启测试", IdNumbers.elderly(980));
      tabletBrowser.waitUntil(d -> "WAITING".equals(tabletBrowser.byTestId("ticket-status").getAttribute("data-state")));

      clerkBrowser.click("call-next");
      tabletBrowser.click("answer-call");
      CallPage clerk = new CallPage(clerkBrowser);
      CallPage tablet = new CallPage(tabletBrowser);
      clerkBrowser.waitUntil(d -> "connected".equals(clerk.status()) && clerk.receivingVideo());
      tabletBrowser.waitUntil(d -> "connected".equals(tablet.status()) && tablet.receivingVideo());

      app.close();
      tablet.awaitStatus("reconnecting");
      clerk.awaitStatus("reconnecting");
      long tabletFrames = tablet.framesDecoded();
      long clerkFrames = clerk.framesDecoded();
      Thread.sleep(2_000);
      assertThat(tablet.framesDecoded()).as("media flows while the server is down").isGreaterThan(tabletFrames + 10);
      assertThat(clerk.framesDecoded()).isGreaterThan(clerkFrames + 10);

      app = Launcher.start("demo", arguments);
      // The realtime client retries with backoff (1, 2, 4, 8, 16 s...); both come back on their own,
      // signed in still.
      new WebDriverWait(tabletBrowser.driver(), Duration.ofSeconds(45)).until(d -> "connected".equals(tablet.status()));
      new WebDriverWait(clerkBrowser.driver(), Duration.ofSeconds(45)).until(d -> "connected".equals(clerk.status()));
      tabletBrowser.click("toggle-mic");
      clerkBrowser.waitUntil(d -> "off".equals(clerk.remoteAttribute("data-audio")));
      assertThat(clerk.receivingVideo()).isTrue();
      // Completing the ticket ends the call: the tablet shows its ticket done.
      clerkBrowser.click("complete-ticket");
      tabletBrowser.waitUntil(d -> !d.findElements(By.cssSelector("[data-testid='ticket-status'][data-state='DONE']")).isEmpty()
          && !"connected".equals(tablet.status()));
    } finally {
      app.close();
      FileSystemUtils.deleteRecursively(data);
    }
  }
}
