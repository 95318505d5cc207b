package org.cloudwindow.server.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.cloudwindow.server.support.Browser;
import org.cloudwindow.server.support.BrowserExtension;
import org.cloudwindow.server.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The admin area through the real UI. */
@IntegrationTest
class AdminBrowserIT {

  @RegisterExtension
  BrowserExtension browsers = new BrowserExtension();

  @LocalServerPort
  int port;

  @Test
  void anAdminCreatesAUserWhoCanThenSignIn() {
    Browser admin = browsers.open("admin", port).loginAs("admin");
    admin.click("admin-new-user");
    admin.byTestId("user-dialog");
    admin.type("user-username", "worker-ui-made");
    admin.type("user-display-name", "界面新建代办员");
    admin.type("user-phone", "13700001234");
    chooseSite(admin, "330203102001"); // 古林社区
    admin.click("user-role-COMMUNITY_WORKER");
    admin.type("user-password", "Welcome2026");
    admin.click("user-save");

    WebElement row = admin.waitUntil(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("[data-testid='user-row'][data-username='worker-ui-made']")));
    assertThat(row.getText()).isEqualTo("worker-ui-made");

    Browser newcomer = browsers.open("newcomer", port).loginAs("worker-ui-made", "Welcome2026");
    assertThat(newcomer.path()).isEqualTo("/worker");
    assertThat(newcomer.byTestId("worker-point").getText()).contains("古林社区");
  }

  @Test
  void invalidInputIsShownNextToTheFieldAndNothingIsSaved() {
    Browser admin = browsers.open("admin", port).loginAs("admin");
    admin.click("admin-new-user");
    admin.byTestId("user-dialog");
    admin.type("user-username", "clerk-gaoqiao"); // taken
    admin.type("user-display-name", "重名测试");
    chooseSite(admin, "330203101000");
    admin.click("user-role-CLERK");
    admin.type("user-password", "Welcome2026");
    admin.click("user-save");

    WebElement usernameItem = admin.byTestId("user-username")
        .findElement(By.xpath("ancestor::div[contains(@class,'el-form-item')][1]"));
    String error = admin.waitUntil(d -> {
      var errors = usernameItem.findElements(By.cssSelector(".el-form-item__error"));
      return errors.isEmpty() || errors.get(0).getText().isBlank() ? null : errors.get(0).getText();
    });
    assertThat(error).contains("已存在");
    assertThat(admin.byTestId("user-dialog").isDisplayed()).isTrue();
  }

  private static void chooseSite(Browser browser, String siteCode) {
    WebElement select = browser.byTestId("user-dialog").findElement(By.cssSelector(".site-select"));
    select.click();
    browser.waitUntil(ExpectedConditions.elementToBeClickable(
        By.cssSelector("[data-testid='site-option'][data-site-code='" + siteCode + "']"))).click();
  }
}
