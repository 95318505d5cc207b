package org.cloudwindow.server.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cloudwindow.server.support.Browser;
import org.cloudwindow.server.support.BrowserExtension;
import org.cloudwindow.server.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Signing in and out through the real UI in headless Chromium. */
@IntegrationTest
class SignInBrowserIT {

  @RegisterExtension
  BrowserExtension browsers = new BrowserExtension();

  @LocalServerPort
  int port;

  @Test
  void everyDemoRoleLandsOnItsOwnAreaAndCanSignOut() {
    Browser browser = browsers.open("user", port);
    List<String[]> accounts = List.of(
        new String[] {"admin", "admin"},
        new String[] {"coordinator", "coordinator"},
        new String[] {"clerk-gaoqiao", "clerk"},
        new String[] {"expert-civil", "expert"},
        new String[] {"worker-liangzhu", "worker"});
    for (String[] account : accounts) {
      browser.loginAs(account[0]);
      WebElement area = browser.waitUntil(d -> d.findElement(By.cssSelector("[data-area='" + account[1] + "']")));
      assertThat(area.isDisplayed()).as(account[0]).isTrue();
      assertThat(browser.path()).as(account[0]).startsWith("/" + account[1]);
      assertThat(browser.byTestId("area-title").getText()).isNotBlank();

      browser.click("user-menu");
      browser.click("logout");
      browser.waitUntil(d -> browser.path().equals("/login"));
    }
  }

  @Test
  void aWrongPasswordShowsTheErrorAndStaysOnTheLoginPage() {
    Browser browser = browsers.open("stranger", port);
    browser.go("/login");
    browser.type("login-username", "clerk-shiqi");
    browser.type("login-password", "not-the-password");
    browser.click("login-submit");

    assertThat(browser.byTestId("login-error").getText()).contains("用户名或密码错误");
    assertThat(browser.path()).isEqualTo("/login");
    browser.loginAs("clerk-shiqi"); // and the right password still works
    assertThat(browser.path()).isEqualTo("/clerk");
  }

  @Test
  void aWorkerCannotOpenTheAdminArea() {
    Browser browser = browsers.open("worker", port).loginAs("worker-gulin");
    browser.go("/admin");

    browser.waitUntil(d -> browser.path().equals("/worker"));
    assertThat(browser.driver().findElements(By.cssSelector("[data-area='admin']"))).isEmpty();
  }

  @Test
  void signedOutVisitorsAreSentToTheLoginPageAndBackAfterSigningIn() {
    Browser browser = browsers.open("visitor", port);
    browser.go("/clerk");
    browser.waitUntil(d -> browser.path().equals("/login"));

    browser.type("login-username", "clerk-district");
    browser.type("login-password", "Demo@2026");
    browser.click("login-submit");
    browser.waitUntil(d -> browser.path().equals("/clerk"));
  }

  @Test
  void theLanguageSwitchChangesVisibleTextAndIsRemembered() {
    Browser browser = browsers.open("bilingual", port);
    browser.go("/login");
    String chinese = browser.byTestId("login-submit").getText();
    assertThat(chinese).matches(".*\\p{IsHan}.*");

    browser.click("lang-switch");
    browser.waitUntil(d -> !browser.byTestId("login-submit").getText().equals(chinese));
    String english = browser.byTestId("login-submit").getText();
    assertThat(english).matches("[A-Za-z ]+");

    browser.driver().navigate().refresh();
    assertThat(browser.byTestId("login-submit").getText()).isEqualTo(english);
    browser.loginAs("clerk-gulin");
    assertThat(browser.byTestId("area-title").getText()).matches("[A-Za-z ]+");
    browser.click("lang-switch");
    browser.waitUntil(d -> browser.byTestId("area-title").getText().matches(".*\\p{IsHan}.*"));
  }
}
