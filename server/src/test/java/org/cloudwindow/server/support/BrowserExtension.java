package org.cloudwindow.server.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Opens browsers for a test and closes them after it; when the test fails, every open browser's
 * screenshot, page and console log is saved under {@code target/browser-failures/}.
 *
 * <pre>
 * {@literal @}RegisterExtension BrowserExtension browsers = new BrowserExtension();
 * Browser worker = browsers.open("worker", port);
 * </pre>
 */
public final class BrowserExtension implements AfterTestExecutionCallback, AfterEachCallback {

  /** The tablet the worker area is designed for. */
  public static final int TABLET_WIDTH = 1280;
  public static final int TABLET_HEIGHT = 800;

  private static final Path FAILURES = Path.of("target", "browser-failures");

  private final List<Browser> open = new ArrayList<>();

  public Browser open(String name, int port) {
    return open(name, port, TABLET_WIDTH, TABLET_HEIGHT);
  }

  public Browser open(String name, int port, int width, int height) {
    Browser browser = Browser.open(name, "http://127.0.0.1:" + port, width, height);
    open.add(browser);
    return browser;
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    if (context.getExecutionException().isPresent()) {
      String prefix = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
      open.forEach(browser -> browser.saveDiagnostics(FAILURES, prefix));
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    open.forEach(Browser::close);
    open.clear();
  }
}
