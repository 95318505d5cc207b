package org.cloudwindow.server.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * The steps of a consultation in the browsers (the clerk's request, the expert's page) and
 * through the coordinator's API, shared by the consultation journey and its benchmark.
 */
public final class ConsultationJourney {

  private ConsultationJourney() {}

  /** Opens the expert's page and makes the expert available there (the toggle, as the expert would). */
  public static Browser expertPage(BrowserExtension browsers, int port, String username) {
    Browser expert = browsers.open("expert", port).loginAs(username);
    if (!expert.path().startsWith("/expert")) {
      expert.go("/expert");
    }
    expert.click("availability-AVAILABLE");
    expert.waitUntil(d -> "AVAILABLE".equals(expert.byTestId("availability-toggle").getAttribute("data-effective")));
    return expert;
  }

  /**
   * The clerk asks for experts in the call: a topic, the tags prefilled from the case's matters plus
   * {@code extraTag}. Returns the consultation's id once the desk shows it open.
   */
  public static long request(Browser desk, String topic, String extraTag) {
    desk.click("request-consultation");
    desk.type("consultation-topic", topic);
    WebElement tags = desk.byTestId("consultation-tags");
    // The case's matters come first (fetched as the dialog opens); the clerk adds a tag of their own.
    desk.waitUntil(d -> !tags.findElements(By.cssSelector(".el-tag")).isEmpty());
    // Typed straight into the select's input: a click on the select's middle may hit a tag's close icon.
    tags.findElement(By.cssSelector("input")).sendKeys(extraTag, Keys.ENTER);
    desk.waitUntil(d -> tags.getText().contains(extraTag));
    desk.click("consultation-submit");
    WebElement panel = desk.byTestId("consultation-panel");
    desk.waitUntil(d -> "OPEN".equals(panel.getAttribute("data-state")));
    return Long.parseLong(panel.getAttribute("data-consultation-id"));
  }

  /** The coordinator's live request with its ranked candidates. */
  public static JsonNode openRequest(ApiClient coordinator, long consultationId) {
    for (JsonNode c : coordinator.get("/api/consultations").json()) {
      if (c.path("id").asLong() == consultationId) {
        return c;
      }
    }
    throw new AssertionError("the coordinator does not see consultation " + consultationId);
  }

  public static void assign(ApiClient coordinator, long consultationId, long expertId) {
    ApiClient.Response assigned = coordinator.post("/api/consultations/" + consultationId + "/assign",
        Map.of("expertIds", List.of(expertId)));
    assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
  }

  /** The invitation to this consultation on the expert's page. */
  public static WebElement invitation(Browser expert, long consultationId) {
    return expert.waitUntil(d -> d.findElements(By.cssSelector(
        "[data-testid='invitation'][data-consultation-id='" + consultationId + "']")).stream().findFirst().orElse(null));
  }

  /** The page shows {@code others} remote tiles, and every one of them is connected and decoding video. */
  public static boolean seesAll(CallPage page, int others) {
    List<WebElement> stage = page.browser().allByTestId("call-stage");
    return !stage.isEmpty() && String.valueOf(others).equals(stage.get(0).getAttribute("data-count"))
        && page.stats().size() == others && page.receivingVideo();
  }

  /**
   * The roles of the remote tiles (data-participant-role). Each tile must also name the person and
   * the role in words, and the role must not lie under anything (the picture of oneself in the
   * stage's corner covered the right-hand tile's label).
   */
  @SuppressWarnings("unchecked")
  public static Set<String> tileRoles(Browser browser) {
    var tiles = (List<Map<String, Object>>) browser.script("""
        return [...document.querySelectorAll("[data-testid='remote-video']")].map(video => {
          const tile = video.closest('figure');
          const name = tile.querySelector("[data-testid='remote-name']");
          const role = tile.querySelector("[data-testid='remote-role']");
          let uncovered = false;
          if (role) {
            role.scrollIntoView({block: 'center'});
            const r = role.getBoundingClientRect();
            uncovered = [r.left + 2, r.left + r.width / 2, r.right - 2].every(x => {
              const hit = document.elementFromPoint(x, r.top + r.height / 2);
              return hit !== null && role.contains(hit);
            });
          }
          return {role: video.dataset.participantRole, name: name ? name.textContent.trim() : '',
            roleText: role ? role.textContent.trim() : '', uncovered};
        })""");
    for (Map<String, Object> tile : tiles) {
      assertThat(tile.get("name")).as("the tile names the person: %s", tile).asString().isNotBlank();
      assertThat(tile.get("roleText")).as("the tile names the role: %s", tile).asString().isNotBlank();
      assertThat(tile.get("uncovered")).as("nothing lies over the role: %s", tile).isEqualTo(true);
    }
    return tiles.stream().map(t -> String.valueOf(t.get("role"))).collect(Collectors.toSet());
  }

  public static long userId(int port, String username) {
    return new ApiClient(port).signedInAs(username).get("/api/me").json().path("id").asLong();
  }
}
