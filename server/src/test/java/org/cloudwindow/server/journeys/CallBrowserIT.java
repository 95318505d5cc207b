package org.cloudwindow.server.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.HexFormat;
import org.cloudwindow.server.support.ApiClient;
import org.cloudwindow.server.support.Browser;
import org.cloudwindow.server.support.BrowserExtension;
import org.cloudwindow.server.support.CallPage;
import org.cloudwindow.server.support.DeskJourney;
import org.cloudwindow.server.support.FreeDesks;
import org.cloudwindow.server.support.IdNumbers;
import org.cloudwindow.server.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A whole video call in two headless Chromium with fake cameras: the clerk calls the tablet's
 * number, both see and hear each other, mute shows on the other side, the clerk shares the
 * screen, takes a document still and records ~10 s, the tablet's page is reloaded and rejoins,
 * and a hang-up ends the call on both sides.
 */
@IntegrationTest
class CallBrowserIT {

  @RegisterExtension
  BrowserExtension browsers = new BrowserExtension();

  @RegisterExtension
  FreeDesks desks = new FreeDesks("clerk-gulin");

  @LocalServerPort
  int port;

  @Test
  void aTabletAndADeskHoldAWholeCall() throws Exception {
    long window = DeskJourney.windowNamed(port, "古林镇民政窗口");
    Browser clerkBrowser = browsers.open("clerk", port).loginAs("clerk-gulin");
    WebElement duty = DeskJourney.onDuty(clerkBrowser, window);

    Browser tabletBrowser = browsers.open("tablet", port).loginAs("worker-gulin");
    var workerApi = new ApiClient(port).signedInAs("worker-gulin");
    JsonNode ticket = DeskJourney.takeNumber(workerApi, null, "视频老人", IdNumbers.elderly(970));
    tabletBrowser.waitUntil(d -> "WAITING".equals(tabletBrowser.byTestId("ticket-status").getAttribute("data-state")));

    clerkBrowser.click("call-next");
    CallPage clerk = new CallPage(clerkBrowser);
    CallPage tablet = new CallPage(tabletBrowser);
    clerk.awaitStatus("connecting");
    tabletBrowser.click("answer-call");

    // Connected, and both sides decode the other's video.
    clerk.awaitStatus("connected");
    tablet.awaitStatus("connected");
    clerkBrowser.waitUntil(d -> clerk.receivingVideo());
    tabletBrowser.waitUntil(d -> tablet.receivingVideo());
    assertThat(clerk.remoteAttribute("data-participant-role")).isEqualTo("WORKER");
    assertThat(tablet.remoteAttribute("data-participant-role")).isEqualTo("CLERK");
    String callId = ticket(workerApi, ticket.path("id").asLong()).path("callId").asString();
    tabletBrowser.screenshot("call-tablet.png");
    clerkBrowser.screenshot("call-desk.png");

    // Mute on the tablet is seen on the desk, and back.
    tabletBrowser.click("toggle-mic");
    clerkBrowser.waitUntil(d -> "off".equals(clerk.remoteAttribute("data-audio")));
    tabletBrowser.click("toggle-mic");
    clerkBrowser.waitUntil(d -> "on".equals(clerk.remoteAttribute("data-audio")));

    // Screen share: the tablet receives frames of another size (the fake screen), then the camera again.
    Thread.sleep(1500);
    long cameraWidth = tablet.frameWidth();
    clerkBrowser.click("share-screen");
    clerkBrowser.waitUntil(d -> "true".equals(clerkBrowser.byTestId("share-screen").getAttribute("data-active")));
    tabletBrowser.waitUntil(d -> tablet.frameWidth() != cameraWidth && tablet.frameWidth() > 0);
    long framesWhileSharing = tablet.framesDecoded();
    tabletBrowser.waitUntil(d -> tablet.framesDecoded() > framesWhileSharing + 10);
    clerkBrowser.click("share-screen");
    clerkBrowser.waitUntil(d -> "false".equals(clerkBrowser.byTestId("share-screen").getAttribute("data-active")));

    // A document still, stored and shown to both.
    clerkBrowser.click("snapshot");
    clerkBrowser.waitUntil(d -> !clerkBrowser.allByTestId("call-still").isEmpty());
    tabletBrowser.waitUntil(d -> !tabletBrowser.allByTestId("call-still").isEmpty());
    var clerkApi = new ApiClient(port).signedInAs("clerk-gulin");
    JsonNode still = clerkApi.get("/api/calls/" + callId + "/stills").json().get(0);
    assertThat(still.path("width").asInt()).isGreaterThanOrEqualTo(320);
    assertThat(clerkApi.getBytes("/api/stills/" + still.path("id").asString() + "/content").body().length)
        .isGreaterThan(1000);

    // About ten seconds of recording: everyone sees the indicator; the file is a WebM of that length.
    clerkBrowser.click("record-toggle");
    tabletBrowser.waitUntil(d -> tablet.shows("recording-indicator"));
    clerkBrowser.waitUntil(d -> clerk.shows("recording-indicator"));
    long recordingStarted = System.currentTimeMillis();
    Thread.sleep(10_000);
    clerkBrowser.click("record-toggle");
    long recordedFor = System.currentTimeMillis() - recordingStarted;
    tabletBrowser.waitUntil(d -> !tablet.shows("recording-indicator"));
    JsonNode recording = clerkBrowser.waitUntil(d -> {
      JsonNode list = clerkApi.get("/api/calls/" + callId + "/recordings").json();
      return list.size() == 1 && "STOPPED".equals(list.get(0).path("state").asString()) ? list.get(0) : null;
    });
    assertThat(recording.path("sizeBytes").asLong()).isGreaterThan(10_000);
    assertThat((double) recording.path("durationMs").asLong()).isCloseTo(recordedFor, within(recordedFor * 0.2));
    HttpResponse<byte[]> webm = clerkApi.getBytes("/api/recordings/" + recording.path("id").asString() + "/content");
    assertThat(HexFormat.of().formatHex(Arrays.copyOf(webm.body(), 4))).isEqualTo("1a45dfa3");
    assertThat(clerkApi.get("/api/calls/" + callId + "/history").json().findValuesAsString("kind"))
        .contains("RECORDING_STARTED", "RECORDING_NOTICE", "RECORDING_STOPPED", "STILL_TAKEN");

    // The tablet's page is reloaded: it finds the same call again and both sides see video within 10 s.
    tabletBrowser.driver().navigate().refresh();
    long reloaded = System.currentTimeMillis();
    tabletBrowser.waitUntil(d -> "connected".equals(tablet.status()) && tablet.receivingVideo());
    clerkBrowser.waitUntil(d -> "connected".equals(clerk.status()) && clerk.receivingVideo()
        && clerk.framesDecoded() > 0);
    assertThat(System.currentTimeMillis() - reloaded).as("rejoined within 10 s").isLessThan(10_000);
    assertThat(ticket(workerApi, ticket.path("id").asLong()).path("callId").asString()).isEqualTo(callId);

    // Hang-up ends the call on both sides.
    tabletBrowser.click("hangup");
    tablet.awaitStatus("ended");
    clerk.awaitStatus("ended");
    assertThat(clerkApi.get("/api/calls/" + callId).json().path("endReason").asString()).isEqualTo("HANGUP");

    DeskJourney.finish(clerkBrowser, duty);
  }

  private static JsonNode ticket(ApiClient worker, long id) {
    return worker.get("/api/tickets/" + id).json();
  }

}
