package org.cloudwindow.server.casework;

import static org.assertj.core.api.Assertions.assertThat;

import org.cloudwindow.server.material.CaseMaterialsFixture;
import org.cloudwindow.server.support.ApiClient;
import org.cloudwindow.server.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Public tracking: no sign-in, personal data masked, one answer for every miss, rate-limited. */
@IntegrationTest
class CaseTrackIT {

  @LocalServerPort
  int port;

  @Autowired
  JdbcClient jdbc;

  @Test
  void anyoneWithTheNumberAndPhoneDigitsSeesTheProgressAndNobodyElseLearnsAnything() {
    jdbc.sql("delete from track_attempt").update();
    try (var c = new CaseFixture(port, "worker-liangzhu", "clerk-gaoqiao", "高龄津贴")) {
      CaseLifecycleIT.fillForm(c);
      CaseMaterialsFixture.uploadMandatory(port, c.worker, c.caseId);
      CaseLifecycleIT.ok(CaseLifecycleIT.step(c.worker, c, "submit"));
      CaseMaterialsFixture.verifyUploaded(c.clerk, c.caseId);
      String number = CaseLifecycleIT.ok(CaseLifecycleIT.step(c.clerk, c, "accept")).path("caseNumber").asString();

      ApiClient anonymous = new ApiClient(port);
      ApiClient.Response found = anonymous.get("/api/track/" + number + "?phoneLast4=2222");
      assertThat(found.status()).as(found.body()).isEqualTo(200);
      JsonNode tracked = found.json();
      assertThat(tracked.path("caseNumber").asString()).isEqualTo(number);
      assertThat(tracked.path("state").asString()).isEqualTo("ACCEPTED");
      assertThat(tracked.path("matters").get(0).asString()).isEqualTo("高龄津贴申领");
      assertThat(tracked.path("applicantName").asString()).startsWith(c.applicantName.substring(0, 1)).contains("*")
          .isNotEqualTo(c.applicantName);
      assertThat(tracked.path("promisedBy").isNull()).isFalse();
      assertThat(tracked.path("timeline").findValuesAsString("kind")).containsExactly("SUBMIT", "ACCEPT");
      assertThat(found.body()).doesNotContain(c.idNumber).doesNotContain("13911112222").doesNotContain("梁祝村");

      ApiClient.Response wrongPhone = anonymous.get("/api/track/" + number + "?phoneLast4=1111");
      ApiClient.Response wrongNumber = anonymous.get("/api/track/" + number.replace('-', '9') + "?phoneLast4=2222");
      ApiClient.Response noPhone = anonymous.get("/api/track/" + number);
      for (ApiClient.Response miss : new ApiClient.Response[] {wrongPhone, wrongNumber, noPhone}) {
        assertThat(miss.status()).isEqualTo(404);
        assertThat(miss.problemCode()).isEqualTo("track.not-found");
        assertThat(miss.json().path("detail").asString()).isEqualTo(wrongPhone.json().path("detail").asString());
        assertThat(miss.json().path("title").asString()).isEqualTo(wrongPhone.json().path("title").asString());
      }

      int refused = 0;
      // 4 look-ups so far; 25 more exceed 10 a minute even if a new minute starts on the way.
      for (int i = 0; i < 25; i++) {
        ApiClient.Response guess = anonymous.get("/api/track/" + number + "?phoneLast4=" + String.format("%04d", i));
        if (guess.status() == 429) {
          assertThat(guess.problemCode()).isEqualTo("track.rate-limited");
          refused++;
        }
      }
      assertThat(refused).as("10 look-ups a minute").isGreaterThanOrEqualTo(9);
    } finally {
      jdbc.sql("delete from track_attempt").update();
    }
  }
}
