package org.cloudwindow.server.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium with fake camera and microphone, driven through Debian's chromedriver
 * (Selenium Manager is never asked to download anything). Each browser has its own fresh
 * profile, so several can be open at once as independent users.
 */
public final class Browser implements AutoCloseable {

  public static final String CHROMIUM = "/usr/bin/chromium";
  public static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  private static final Duration WAIT = Duration.ofSeconds(20);

  private final String name;
  private final String baseUrl;
  private final Path profile;
  private final ChromeDriver driver;

  private Browser(String name, String baseUrl, Path profile, ChromeDriver driver) {
    this.name = name;
    this.baseUrl = baseUrl;
    this.profile = profile;
    this.driver = driver;
  }

  /**
   * Starts a browser. Fails (never skips) when Chromium or its driver is missing: CI installs
   * them, so a missing browser is a broken machine, not a reason to pass.
   */
  static Browser open(String name, String baseUrl, int width, int height) {
    if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
      throw new IllegalStateException("Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
          + ": apt-get install -y chromium chromium-driver (.ci/run does this)");
    }
    try {
      Path profile = Files.createTempDirectory("cloudwindow-chromium-");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM);
      options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
          "--disable-quic", "--no-first-run", "--disable-background-networking",
          "--disable-component-update", "--disable-sync",
          "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
          "--allow-loopback-in-peer-connection", "--autoplay-policy=no-user-gesture-required",
          "--lang=zh-CN", "--window-size=" + width + "," + height, "--user-data-dir=" + profile);
      options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
      LoggingPreferences logs = new LoggingPreferences();
      logs.enable(LogType.BROWSER, Level.ALL);
      options.setCapability("goog:loggingPrefs", logs);
      ChromeDriverService service = new ChromeDriverService.Builder()
          .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
      fitViewport(driver, width, height);
      return new Browser(name, baseUrl, profile, driver);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot create a browser profile directory", e);
    }
  }

  /** --window-size sets the outer window; layouts are about the viewport, so grow the window by the difference. */
  private static void fitViewport(ChromeDriver driver, int width, int height) {
    @SuppressWarnings("unchecked")
    List<Long> inner = (List<Long>) driver.executeScript("return [window.innerWidth, window.innerHeight]");
    var outer = driver.manage().window().getSize();
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(
        outer.getWidth() + width - inner.get(0).intValue(), outer.getHeight() + height - inner.get(1).intValue()));
  }

  public String name() {
    return name;
  }

  public ChromeDriver driver() {
    return driver;
  }

  public Browser go(String path) {
    driver.get(baseUrl + path);
    return this;
  }

  public String path() {
    return java.net.URI.create(driver.getCurrentUrl()).getPath();
  }

  /** Waits until an element with this {@code data-testid} is visible and returns it. */
  public WebElement byTestId(String testId) {
    return new WebDriverWait(driver, WAIT).until(
        ExpectedConditions.visibilityOfElementLocated(testId(testId)));
  }

  public List<WebElement> allByTestId(String testId) {
    return driver.findElements(testId(testId));
  }

  public static By testId(String testId) {
    return By.cssSelector("[data-testid='" + testId + "']");
  }

  public void type(String testId, String text) {
    WebElement input = byTestId(testId);
    input.clear();
    input.sendKeys(text);
  }

  /**
   * Clicks the element once nothing lies over it: a toast (ElMessage) fading out over a button
   * takes the click for a few seconds, as it would a person's.
   */
  public void click(String testId) {
    new WebDriverWait(driver, WAIT).ignoring(org.openqa.selenium.ElementClickInterceptedException.class).until(d -> {
      WebElement element = ExpectedConditions.elementToBeClickable(testId(testId)).apply(d);
      if (element == null) {
        return null;
      }
      element.click();
      return true;
    });
  }

  public <T> T waitUntil(java.util.function.Function<? super org.openqa.selenium.WebDriver, T> condition) {
    return new WebDriverWait(driver, WAIT).until(condition);
  }

  /** Signs in through the login page and waits until the app has left it. */
  public Browser loginAs(String username, String password) {
    go("/login");
    type("login-username", username);
    type("login-password", password);
    click("login-submit");
    waitUntil(d -> !path().startsWith("/login"));
    return this;
  }

  public Browser loginAs(String username) {
    return loginAs(username, ApiClient.DEMO_PASSWORD);
  }

  public Object script(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(script, arguments);
  }

  /** Saves what the page shows now as {@code target/screenshots/<file>} (the README's pictures). */
  public void screenshot(String file) {
    try {
      Path directory = Path.of("target", "screenshots");
      Files.createDirectories(directory);
      Files.write(directory.resolve(file), driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Saves a screenshot, the page source and the browser console log under {@code directory}. */
  void saveDiagnostics(Path directory, String prefix) {
    try {
      Files.createDirectories(directory);
      Files.write(directory.resolve(prefix + "-" + name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
      Files.writeString(directory.resolve(prefix + "-" + name + ".html"), driver.getPageSource());
      StringBuilder console = new StringBuilder("URL: " + driver.getCurrentUrl() + System.lineSeparator());
      for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
        console.append(entry.getLevel()).append(' ').append(entry.getMessage()).append(System.lineSeparator());
      }
      Files.writeString(directory.resolve(prefix + "-" + name + "-console.log"), console);
    } catch (RuntimeException | IOException e) {
      System.err.println("Could not save diagnostics of browser " + name + ": " + e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      } catch (IOException e) {
        // A leftover temporary profile is harmless.
      }
    }
  }
}
