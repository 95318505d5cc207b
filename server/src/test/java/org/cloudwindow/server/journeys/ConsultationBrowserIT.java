package org.cloudwindow.server.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.cloudwindow.server.support.ApiClient;
import org.cloudwindow.server.support.Browser;
import org.cloudwindow.server.support.BrowserExtension;
import org.cloudwindow.server.support.CallPage;
import org.cloudwindow.server.support.ConsultationJourney;
import org.cloudwindow.server.support.DeskJourney;
import org.cloudwindow.server.support.FreeDesks;
import org.cloudwindow.server.support.IdNumbers;
import org.cloudwindow.server.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 7's journey in three headless Chromium (the tablet, the clerk's desk, the expert) with the
 * coordinator on the API: the clerk asks for experts during a call, the coordinator of 高桥镇 sees
 * the request with suggestions and assigns the district's 民政 expert, who joins from the
 * invitation; all three see and decode the other two, named by role; the expert writes a note and
 * leaves while the tablet and the desk carry on; the clerk concludes, and the note and the
 * conclusion are in the case's timeline.
 */
@IntegrationTest
class ConsultationBrowserIT {

  private static final String TOPIC = "户籍刚迁入本镇的老人能否申领高龄津贴？";
  private static final String NOTE = "迁入满一年的可按新户籍认定，核对户口簿迁入日期。";
  private static final String CONCLUSION = "按新户籍受理，户口簿作为必要材料。";

  @RegisterExtension
  BrowserExtension browsers = new BrowserExtension();

  @RegisterExtension
  FreeDesks desks = new FreeDesks("clerk-gaoqiao");

  @LocalServerPort
  int port;

  @Test
  void anExpertJoinsTheCallAddsANoteAndLeavesWhileTheDeskAndTheTabletCarryOn() {
    long expertId = ConsultationJourney.userId(port, "expert-civil");
    Browser expertBrowser = ConsultationJourney.expertPage(browsers, port, "expert-civil");
    var call = DeskJourney.callConnected(browsers, port, "会商老人", IdNumbers.elderly(960));
    Browser desk = call.desk();
    Browser tablet = call.tablet();

    // The clerk asks in the browser: a topic, the case's matter as tags and its department.
    long id = ConsultationJourney.request(desk, TOPIC, "民政");

    // The town's coordinator sees it with suggestions: the district's 民政 expert, who has the
    // matter's code and the department, before the town's, who has the department only.
    var coordinator = new ApiClient(port).signedInAs("coordinator-gaoqiao");
    JsonNode request = ConsultationJourney.openRequest(coordinator, id);
    assertThat(request.path("topic").asString()).isEqualTo(TOPIC);
    assertThat(request.path("tags").valueStream().map(JsonNode::asString))
        .containsExactly("330203-MZ-0001", "高龄津贴申领", "民政");
    assertThat(request.path("candidates").valueStream().map(c -> c.path("expertId").asLong()))
        .startsWith(expertId, ConsultationJourney.userId(port, "expert-gaoqiao"));
    ConsultationJourney.assign(coordinator, id, expertId);

    // The invitation shows on the expert's page; the expert joins the call.
    WebElement invitation = ConsultationJourney.invitation(expertBrowser, id);
    assertThat(invitation.getText()).contains(TOPIC);
    invitation.findElement(Browser.testId("join-consultation")).click();
    expertBrowser.byTestId("expert-call");

    // Everyone sees the other two, decoding, each tile named with its role.
    CallPage deskCall = new CallPage(desk);
    CallPage tabletCall = new CallPage(tablet);
    CallPage expertCall = new CallPage(expertBrowser);
    expertBrowser.waitUntil(d -> ConsultationJourney.seesAll(expertCall, 2));
    desk.waitUntil(d -> ConsultationJourney.seesAll(deskCall, 2));
    tablet.waitUntil(d -> ConsultationJourney.seesAll(tabletCall, 2));
    assertThat(ConsultationJourney.tileRoles(expertBrowser)).isEqualTo(Set.of("CLERK", "WORKER"));
    assertThat(ConsultationJourney.tileRoles(desk)).isEqualTo(Set.of("WORKER", "EXPERT"));
    assertThat(ConsultationJourney.tileRoles(tablet)).isEqualTo(Set.of("CLERK", "EXPERT"));
    assertThat(coordinatorView(coordinator, id).path("experts").get(0).path("state").asString()).isEqualTo("ACCEPTED");
    // The expert reads the case beside the call.
    expertBrowser.byTestId("expert-case");
    expertBrowser.screenshot("consultation-expert.png");

    // The expert's note reaches the desk live.
    expertBrowser.type("consultation-note", NOTE);
    expertBrowser.click("consultation-note-submit");
    desk.waitUntil(d -> desk.byTestId("consultation-panel").getText().contains(NOTE));

    // The expert leaves; the desk and the tablet stay connected to each other and keep decoding.
    expertBrowser.click("hangup");
    expertBrowser.waitUntil(d -> d.findElements(Browser.testId("expert-call")).isEmpty());
    desk.waitUntil(d -> ConsultationJourney.seesAll(deskCall, 1));
    tablet.waitUntil(d -> ConsultationJourney.seesAll(tabletCall, 1));
    assertThat(deskCall.status()).isEqualTo("connected");
    assertThat(tabletCall.status()).isEqualTo("connected");
    long deskFrames = deskCall.framesDecoded();
    long tabletFrames = tabletCall.framesDecoded();
    desk.waitUntil(d -> deskCall.framesDecoded() > deskFrames + 10);
    tablet.waitUntil(d -> tabletCall.framesDecoded() > tabletFrames + 10);
    assertThat(expertBrowser.byTestId("availability-toggle").getAttribute("data-effective")).isEqualTo("AVAILABLE");
    assertThat(new ApiClient(port).signedInAs("expert-civil").get("/api/experts/me").json().path("availability")
        .asString()).isEqualTo("AVAILABLE");

    // The clerk concludes; the note and the conclusion are in the case's timeline.
    desk.click("consultation-conclude");
    desk.type("consultation-conclusion", CONCLUSION);
    desk.click("consultation-conclude-submit");
    desk.waitUntil(d -> "CONCLUDED".equals(desk.byTestId("consultation-panel").getAttribute("data-state")));
    long caseId = coordinatorView(coordinator, id).path("caseId").asLong();
    JsonNode event = timelineEvent(new ApiClient(port).signedInAs("clerk-gaoqiao"), caseId);
    assertThat(event.toString()).contains(TOPIC, NOTE, CONCLUSION, "黄建国");
    desk.click("case-tab-timeline");
    WebElement line = desk.waitUntil(d -> d.findElements(
        By.cssSelector("[data-testid='timeline-event'][data-kind='CONSULTATION']")).stream().findFirst().orElse(null));
    assertThat(line.getText()).contains(NOTE, CONCLUSION);
    assertThat(deskCall.status()).isEqualTo("connected");

    DeskJourney.finish(desk, call.duty());
  }

  private static JsonNode coordinatorView(ApiClient coordinator, long id) {
    return coordinator.get("/api/consultations/" + id).json();
  }

  private static JsonNode timelineEvent(ApiClient clerk, long caseId) {
    for (JsonNode event : clerk.get("/api/cases/" + caseId + "/timeline").json()) {
      if ("CONSULTATION".equals(event.path("kind").asString())) {
        return event;
      }
    }
    throw new AssertionError("no CONSULTATION event in the timeline of case " + caseId);
  }
}
