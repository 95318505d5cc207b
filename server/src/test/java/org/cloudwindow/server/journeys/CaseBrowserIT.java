package org.cloudwindow.server.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.cloudwindow.server.support.ApiClient;
import org.cloudwindow.server.support.Browser;
import org.cloudwindow.server.support.BrowserExtension;
import org.cloudwindow.server.support.DeskJourney;
import org.cloudwindow.server.support.FreeDesks;
import org.cloudwindow.server.support.IdNumbers;
import org.cloudwindow.server.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 6's journey in two browsers: the worker's tablet and the clerk's desk work on one case
 * during the call — each sees the other's typing, the materials are uploaded and verified, the
 * applicant signs, the clerk accepts, both see the case number, the receipt downloads, the
 * applicant rates the service when the call ends, and the public tracking page shows the case.
 */
@IntegrationTest
class CaseBrowserIT {

  private static final List<String> MANDATORY = List.of("ID_CARD", "HOUSEHOLD_REGISTER", "BANK_CARD");

  @RegisterExtension
  BrowserExtension browsers = new BrowserExtension();

  @RegisterExtension
  FreeDesks desks = new FreeDesks("clerk-gaoqiao");

  @LocalServerPort
  int port;

  @TempDir
  Path files;

  @Test
  void aCaseIsFilledInTogetherSignedAcceptedTrackedAndRated() throws Exception {
    var call = DeskJourney.callConnected(browsers, port, "共办老人", IdNumbers.elderly(991));
    Browser desk = call.desk();
    Browser tablet = call.tablet();

    // Both fill the form; each sees the other's typing.
    tablet.type("case-field-address", "梁祝村8号");
    desk.waitUntil(d -> "梁祝村8号".equals(field(desk, "address").getAttribute("value")));
    desk.type("case-field-bankName", "宁波银行");
    tablet.waitUntil(d -> "宁波银行".equals(field(tablet, "bankName").getAttribute("value")));
    tablet.type("case-field-birthDate", "1940-01-01");
    tablet.type("case-field-bankAccount", "6222000011112222");
    new Select(field(tablet, "agentRelation")).selectByValue("COMMUNITY");
    desk.waitUntil(d -> "6222000011112222".equals(field(desk, "bankAccount").getAttribute("value"))
        && "COMMUNITY".equals(field(desk, "agentRelation").getAttribute("value")));
    desk.screenshot("case-form-desk.png");

    // The mandatory materials, uploaded from the tablet and verified at the desk.
    tablet.click("case-tab-materials");
    desk.click("case-tab-materials");
    int shade = 40;
    for (String code : MANDATORY) {
      Path photo = image(code + ".png", new Color(shade, 120, 200 - shade));
      shade += 50;
      slot(tablet, code).findElement(Browser.testId("material-capture")).sendKeys(photo.toString());
      desk.waitUntil(d -> "UPLOADED".equals(slot(desk, code).getAttribute("data-state")));
      slot(desk, code).findElement(Browser.testId("material-verify")).click();
      tablet.waitUntil(d -> "VERIFIED".equals(slot(tablet, code).getAttribute("data-state")));
    }

    // The applicant signs on the tablet; the worker submits.
    tablet.click("case-tab-signature");
    sign(tablet);
    tablet.click("signature-submit");
    tablet.waitUntil(d -> !d.findElements(Browser.testId("signature-status")).isEmpty()
        && d.findElements(Browser.testId("signature-stale")).isEmpty());
    act(tablet, "case-submit");
    desk.waitUntil(d -> "SUBMITTED".equals(state(desk)));

    // The clerk accepts: both sides show the case number.
    act(desk, "case-accept");
    desk.waitUntil(d -> "ACCEPTED".equals(state(desk)));
    String number = desk.byTestId("case-number").getText().trim();
    assertThat(number).matches("\\d+-\\d{8}-\\d{4}");
    tablet.waitUntil(d -> "ACCEPTED".equals(state(tablet)) && number.equals(tablet.byTestId("case-number").getText().trim()));
    desk.screenshot("case-accepted-desk.png");

    // The receipt link downloads a PDF with this page's session.
    String receipt = desk.byTestId("receipt-download").getAttribute("href");
    Object head = desk.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' ' + r.headers.get('content-type') + ' '"
        + " + String.fromCharCode(...new Uint8Array(b.slice(0, 5)))))).catch(e => done(String(e)));", receipt);
    assertThat(String.valueOf(head)).isEqualTo("200 application/pdf %PDF-");

    // The call ends with the service done; the tablet asks the applicant for a rating.
    DeskJourney.finish(desk, call.duty());
    WebElement five = tablet.waitUntil(ExpectedConditions.elementToBeClickable(
        By.cssSelector("[data-testid='rating-stars'][data-stars='5']")));
    five.click();
    tablet.type("rating-comment", "办得很快，不用跑腿");
    tablet.click("rating-submit");
    tablet.byTestId("rating-thanks");
    var worker = new ApiClient(port).signedInAs("worker-liangzhu");
    long caseId = worker.get("/api/cases?limit=200").json().findParents("caseNumber").stream()
        .filter(c -> number.equals(c.path("caseNumber").asString())).findFirst().orElseThrow().path("id").asLong();
    assertThat(worker.get("/api/cases/" + caseId + "/rating").json().path("stars").asInt()).isEqualTo(5);

    // Anyone with the number and the phone's last four digits follows the case.
    tablet.go("/track?case=" + number);
    tablet.type("track-phone-last4", "2222");
    tablet.click("track-submit");
    tablet.waitUntil(d -> "ACCEPTED".equals(tablet.byTestId("track-state").getAttribute("data-state")));
    tablet.screenshot("case-track.png");
  }

  private static WebElement field(Browser browser, String name) {
    return browser.byTestId("case-field-" + name);
  }

  private static String state(Browser browser) {
    return browser.byTestId("case-state").getAttribute("data-state");
  }

  private static WebElement slot(Browser browser, String code) {
    return browser.waitUntil(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("[data-testid='material-slot'][data-material-code='" + code + "']")));
  }

  /** A transition button, then its confirmation. */
  private static void act(Browser browser, String action) {
    browser.click(action);
    browser.click("case-action-confirm");
  }

  /** A few strokes across the pad, as a finger would draw them. */
  private static void sign(Browser tablet) {
    WebElement pad = tablet.byTestId("signature-pad");
    int w = pad.getSize().getWidth();
    int h = pad.getSize().getHeight();
    new Actions(tablet.driver()).moveToElement(pad, -w / 3, 0).clickAndHold()
        .moveByOffset(w / 10, -h / 4).moveByOffset(w / 10, h / 3).moveByOffset(w / 10, -h / 3)
        .moveByOffset(w / 10, h / 4).release().perform();
  }

  private Path image(String name, Color color) throws Exception {
    BufferedImage image = new BufferedImage(1200, 760, BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    g.setColor(color);
    g.fillRect(0, 0, 1200, 760);
    g.setColor(Color.WHITE);
    g.fillRect(100, 100, 500, 80);
    g.dispose();
    Path file = files.resolve(name);
    ImageIO.write(image, "png", file.toFile());
    return file;
  }
}
