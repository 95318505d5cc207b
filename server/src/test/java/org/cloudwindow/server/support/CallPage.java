package org.cloudwindow.server.support;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;

/**
 * The call screen of one browser, read through the page's test ids and its diagnostics hook
 * ({@code window.cloudwindowCall}: state, per-peer WebRTC stats, first presented frame times).
 */
public final class CallPage {

  private final Browser browser;

  public CallPage(Browser browser) {
    this.browser = browser;
  }

  public Browser browser() {
    return browser;
  }

  /** {@code call-status}'s data-state, or "" while there is no call screen. */
  public String status() {
    var found = browser.driver().findElements(Browser.testId("call-status"));
    return found.isEmpty() ? "" : String.valueOf(found.get(0).getAttribute("data-state"));
  }

  public void awaitStatus(String state) {
    browser.waitUntil(d -> state.equals(status()));
  }

  /** Per remote peer: connectionState, framesDecoded, frameWidth, videoWidth (from getStats and the element). */
  @SuppressWarnings("unchecked")
  public List<Map<String, Object>> stats() {
    Object stats = browser.script("return window.cloudwindowCall ? window.cloudwindowCall.stats() : []");
    return (List<Map<String, Object>>) stats;
  }

  /** Every remote peer is connected and shows decoded video frames. */
  public boolean receivingVideo() {
    List<Map<String, Object>> stats = stats();
    return !stats.isEmpty() && stats.stream().allMatch(s -> "connected".equals(s.get("connectionState"))
        && number(s.get("framesDecoded")) > 0 && number(s.get("videoWidth")) > 0);
  }

  public long framesDecoded() {
    return stats().stream().mapToLong(s -> number(s.get("framesDecoded"))).sum();
  }

  public long frameWidth() {
    return stats().stream().mapToLong(s -> number(s.get("frameWidth"))).max().orElse(0);
  }

  /** Epoch milliseconds at which each remote peer's first frame was presented. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> firstFrameAt() {
    return (Map<String, Object>) browser.script(
        "return window.cloudwindowCall ? window.cloudwindowCall.firstFrameAt() : {}");
  }

  /** Peer id → epoch ms of the first remote video frame decoded (the set-up benchmark's end point). */
  @SuppressWarnings("unchecked")
  public Map<String, Object> firstDecodedAt() {
    return (Map<String, Object>) browser.script(
        "return window.cloudwindowCall ? window.cloudwindowCall.firstDecodedAt() : {}");
  }

  public String remoteAttribute(String attribute) {
    return String.valueOf(browser.byTestId("remote-video").getAttribute(attribute));
  }

  public boolean shows(String testId) {
    return !browser.driver().findElements(By.cssSelector("[data-testid='" + testId + "']")).stream()
        .filter(e -> e.isDisplayed()).toList().isEmpty();
  }

  public static long number(Object value) {
    return value instanceof Number n ? n.longValue() : 0;
  }
}
