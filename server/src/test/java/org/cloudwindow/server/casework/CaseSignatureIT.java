package org.cloudwindow.server.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Map;
import javax.imageio.ImageIO;
import org.cloudwindow.server.support.ApiClient;
import org.cloudwindow.server.support.IntegrationTest;
import org.cloudwindow.server.support.StompTestClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The applicant's signature: only real PNGs, stored as a material, and stale once the case changes. */
@IntegrationTest
class CaseSignatureIT {

  @LocalServerPort
  int port;

  @Test
  void aSignatureSignsTheContentAndGoesStaleWhenItChanges() throws Exception {
    try (var c = new CaseFixture(port, "worker-liangzhu", "clerk-gaoqiao", "高龄津贴");
        var clerkStomp = StompTestClient.connect(port, c.clerk)) {
      var topic = clerkStomp.subscribe("/topic/cases/" + c.caseId);
      Thread.sleep(300);
      String path = "/api/cases/" + c.caseId + "/signature";
      byte[] png = signature("png");

      ApiClient.Response jpeg = c.worker.postBytes(path, "image/png", signature("jpg"));
      assertThat(jpeg.status()).isEqualTo(422);
      assertThat(jpeg.problemCode()).isEqualTo("case.signature-not-png");
      ApiClient.Response truncated = c.worker.postBytes(path, "image/png", Arrays.copyOf(png, png.length / 2));
      assertThat(truncated.problemCode()).isEqualTo("case.signature-not-png");
      assertThat(c.worker.postBytes(path, "image/png", new byte[0]).problemCode()).isEqualTo("case.signature-not-png");
      byte[] huge = Arrays.copyOf(png, 1024 * 1024 + 10);
      assertThat(c.worker.postBytes(path, "image/png", huge).status()).isEqualTo(413);
      assertThat(new ApiClient(port).signedInAs("worker-gulin").postBytes(path, "image/png", png).status()).isEqualTo(403);
      assertThat(c.view(c.worker).path("signature").isNull()).as("nothing stored").isTrue();

      ApiClient.Response signed = c.worker.postBytes(path, "image/png", png);
      assertThat(signed.status()).as(signed.body()).isEqualTo(200);
      assertThat(signed.json().path("contentHash").asString()).matches("[0-9a-f]{64}");
      assertThat(signed.json().path("stale").asBoolean()).isFalse();
      JsonNode view = c.view(c.clerk).path("signature");
      assertThat(view.path("materialId").asLong()).isEqualTo(signed.json().path("materialId").asLong());
      assertThat(view.path("stale").asBoolean()).isFalse();
      assertThat(c.clerk.get("/api/cases/" + c.caseId + "/materials").json().path("slots").findValuesAsString("code"))
          .as("not a checklist slot").doesNotContain("SIGNATURE");

      CaseLifecycleIT.ok(c.clerk.patch("/api/cases/" + c.caseId + "/form", Map.of("address", "签名后改的地址")));
      assertThat(c.view(c.worker).path("signature").path("stale").asBoolean()).isTrue();
      StompTestClient.await(topic, m -> m.path("type").asString().equals("signature") && m.path("stale").asBoolean(),
          5_000);
      CaseLifecycleIT.ok(c.clerk.patch("/api/cases/" + c.caseId + "/form", Map.of("address", "")));
      assertThat(c.view(c.worker).path("signature").path("stale").asBoolean()).as("the signed content again").isFalse();

      ApiClient.Response again = c.worker.postBytes(path, "image/png", png);
      assertThat(again.json().path("materialId").asLong()).isNotEqualTo(signed.json().path("materialId").asLong());
      assertThat(CaseLifecycleIT.ok(c.worker.get("/api/cases/" + c.caseId + "/timeline")).findValuesAsString("kind"))
          .containsSubsequence("SIGNED", "FORM_CHANGED", "SIGNED");
    }
  }

  /** A signature-pad-like picture: dark strokes on a transparent (PNG) or white (JPEG) background. */
  static byte[] signature(String format) throws Exception {
    boolean png = format.equals("png");
    BufferedImage image = new BufferedImage(600, 200, png ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    if (!png) {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, 600, 200);
    }
    g.setColor(Color.BLACK);
    g.setStroke(new BasicStroke(4));
    g.drawLine(40, 150, 200, 40);
    g.drawLine(200, 40, 320, 160);
    g.drawLine(320, 160, 560, 60);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, format, out);
    return out.toByteArray();
  }
}
