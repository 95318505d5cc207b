package org.cloudwindow.server.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Materials during a call: the tablet captures both sides of an ID card, the desk sees both
 * thumbnails arrive live, rejects them with a reason, the tablet sees the reason and uploads
 * again, and the desk verifies.
 */
@IntegrationTest
class MaterialsBrowserIT {

  private static final By ID_CARD = By.cssSelector("[data-testid='material-slot'][data-material-code='ID_CARD']");

  @RegisterExtension
  BrowserExtension browsers = new BrowserExtension();

  @RegisterExtension
  FreeDesks desks = new FreeDesks("clerk-gaoqiao");

  @LocalServerPort
  int port;

  @TempDir
  Path files;

  @Test
  void idCardPagesAreRejectedThenUploadedAgainAndVerified() throws Exception {
    var call = DeskJourney.callConnected(browsers, port, "材料老人", IdNumbers.elderly(990));
    Browser desk = call.desk();
    Browser tablet = call.tablet();
    // The case panel opens on its form; the materials are the next tab, on both sides.
    desk.click("case-tab-materials");
    tablet.click("case-tab-materials");

    Path front = image("id-front.png", new Color(200, 60, 60));
    Path back = image("id-back.png", new Color(60, 60, 200));
    upload(tablet, front);
    tablet.waitUntil(d -> pages(tablet) == 1);
    upload(tablet, back);

    // Both thumbnails reach the desk without a reload.
    desk.waitUntil(d -> pages(desk) == 2 && "UPLOADED".equals(slot(desk).getAttribute("data-state")));
    desk.screenshot("materials-desk.png");

    slot(desk).findElement(Browser.testId("material-reject")).click();
    desk.type("material-reject-reason", "背面照片反光，看不清有效期");
    desk.click("material-reject-submit");
    tablet.waitUntil(d -> "REJECTED".equals(slot(tablet).getAttribute("data-state")));
    assertThat(slot(tablet).getText()).contains("看不清有效期");
    tablet.screenshot("materials-tablet.png");

    upload(tablet, back);
    desk.waitUntil(d -> "UPLOADED".equals(slot(desk).getAttribute("data-state")) && pages(desk) == 1);
    slot(desk).findElement(Browser.testId("material-verify")).click();
    tablet.waitUntil(d -> "VERIFIED".equals(slot(tablet).getAttribute("data-state")));
    desk.waitUntil(d -> "VERIFIED".equals(slot(desk).getAttribute("data-state")));

    DeskJourney.finish(desk, call.duty());
  }

  private static WebElement slot(Browser browser) {
    return browser.waitUntil(ExpectedConditions.presenceOfElementLocated(ID_CARD));
  }

  /** Pages of the ID card slot's current version. */
  private static int pages(Browser browser) {
    var found = browser.driver().findElements(ID_CARD);
    return found.isEmpty() ? 0 : found.get(0).findElements(Browser.testId("material-item")).size();
  }

  private static void upload(Browser tablet, Path file) {
    slot(tablet).findElement(Browser.testId("material-capture")).sendKeys(file.toString());
  }

  /** A photo-sized test image, so the tablet's downscaling has work to do. */
  private Path image(String name, Color color) throws Exception {
    BufferedImage image = new BufferedImage(3000, 1900, BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    g.setColor(color);
    g.fillRect(0, 0, 3000, 1900);
    g.setColor(Color.WHITE);
    g.fillRect(200, 200, 1200, 800);
    g.dispose();
    Path path = files.resolve(name);
    ImageIO.write(image, "png", path.toFile());
    return path;
  }
}
