package org.cloudwindow.server.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cloudwindow.server.casework.CaseLifecycleIT.ok;
import static org.cloudwindow.server.casework.CaseLifecycleIT.step;

import java.util.Map;
import org.cloudwindow.server.material.CaseMaterialsFixture;
import org.cloudwindow.server.support.Browser;
import org.cloudwindow.server.support.BrowserExtension;
import org.cloudwindow.server.support.IdNumbers;
import org.cloudwindow.server.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The two-level journey: the township accepts and pre-reviews a funeral subsidy case through the
 * API, and the district clerk, in a browser, finds it in the review list, approves it and
 * concludes it with the result delivered electronically.
 */
@IntegrationTest
class CaseReviewBrowserIT {

  @RegisterExtension
  BrowserExtension browsers = new BrowserExtension();

  @LocalServerPort
  int port;

  @Test
  void theDistrictClerkApprovesAndConcludesAPreReviewedCase() {
    try (var c = new CaseFixture(port, "worker-liangzhu", "clerk-gaoqiao", "丧葬补贴")) {
      ok(c.worker.patch("/api/cases/" + c.caseId + "/form", Map.of("deceasedName", "王老伯",
          "deceasedIdNumber", IdNumbers.elderly(322), "dateOfDeath", "2026-11-01", "cremationDate", "2026-11-03",
          "relation", "CHILD", "bankName", "宁波银行", "bankAccount", "6222000011112222")));
      CaseMaterialsFixture.uploadMandatory(port, c.worker, c.caseId);
      ok(step(c.worker, c, "submit"));
      CaseMaterialsFixture.verifyUploaded(c.clerk, c.caseId);
      ok(step(c.clerk, c, "accept"));
      ok(step(c.clerk, c, "prelim-review"));

      Browser district = browsers.open("district", port).loginAs("clerk-district");
      district.go("/clerk/cases");
      district.waitUntil(d -> !d.findElements(By.cssSelector("[data-testid='case-list-filter'][data-state='PRELIM_REVIEWED']")).isEmpty());
      district.driver().findElement(By.cssSelector("[data-testid='case-list-filter'][data-state='PRELIM_REVIEWED']")).click();
      By approve = By.cssSelector("[data-testid='case-review-approve'][data-case-id='" + c.caseId + "']");
      district.waitUntil(d -> !d.findElements(approve).isEmpty());
      district.screenshot("case-review-list.png");
      district.driver().findElement(approve).click();
      district.click("case-action-confirm");
      district.waitUntil(d -> "APPROVED".equals(c.view(c.clerk).path("state").asString()));

      // The worker's point sees the decision on its case list; the district concludes.
      assertThat(c.view(c.worker).path("state").asString()).isEqualTo("APPROVED");
      district.go("/cases/" + c.caseId);
      district.waitUntil(d -> "APPROVED".equals(district.byTestId("case-state").getAttribute("data-state")));
      district.click("case-conclude");
      district.driver().findElement(By.cssSelector("[data-testid='case-action-delivery'][data-delivery='ELECTRONIC']")).click();
      district.click("case-action-confirm");
      district.waitUntil(d -> "CONCLUDED".equals(district.byTestId("case-state").getAttribute("data-state")));
      assertThat(c.view(c.worker).path("delivery").asString()).isEqualTo("ELECTRONIC");
      district.screenshot("case-review-concluded.png");
    }
  }
}
