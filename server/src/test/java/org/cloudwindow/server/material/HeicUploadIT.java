package org.cloudwindow.server.material;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.util.Arrays;
import org.cloudwindow.server.storage.ObjectStore;
import org.cloudwindow.server.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * HEIC photos, as iPhones take them, made here by heif-enc from a generated JPEG: uploaded over
 * tus, converted by heif-convert and stored as a plain JPEG; a broken one is refused in words and
 * leaves nothing behind. Fails in CI when the libheif tools are missing (see {@link HeifTools}).
 */
@IntegrationTest
class HeicUploadIT {

  @LocalServerPort
  int port;

  @Autowired
  ObjectStore store;

  @Autowired
  JdbcClient jdbc;

  @Test
  void aHeicPhotoIsStoredAsJpegOfTheSameSizeWithoutItsMetadata() throws Exception {
    // Odd sizes: HEVC codes even ones and crops, the stored page must still be 641x479.
    byte[] heic = HeifTools.heic(Files.withExif(Files.jpeg(641, 479, 11), 1, true));
    try (MaterialCase c = new MaterialCase(port, "worker-liangzhu")) {
      HttpResponse<String> done = new TusClient(port, c.worker).upload(c.caseId, heic,
          TusClient.meta("ID_CARD", "IMG_0001.HEIC", "image/heic"), 4096);
      assertThat(done.statusCode()).as(done.body()).isEqualTo(204);

      JsonNode page = c.page("ID_CARD", 0);
      assertThat(page.path("contentType").asString()).isEqualTo("image/jpeg");
      assertThat(page.path("fileName").asString()).isEqualTo("IMG_0001.jpg");
      assertThat(page.path("width").asInt()).isEqualTo(641);
      assertThat(page.path("height").asInt()).isEqualTo(479);
      byte[] stored = c.content(page);
      BufferedImage image = StoredPhotos.plainJpeg(stored, 641, 479);
      // The generated picture's black mark is in the top-left corner: still there, not turned.
      assertThat(Files.dark(image, 5, 5)).isTrue();
      assertThat(Files.dark(image, 635, 470)).isFalse();
      assertThat(page.path("sha256").asString()).isEqualTo(Files.sha256(stored));
    }
  }

  @Test
  void aBrokenHeicIsRefusedAndNothingIsStored() {
    byte[] heic = HeifTools.heic(Files.jpeg(320, 240, 12));
    try (MaterialCase c = new MaterialCase(port, "worker-liangzhu")) {
      // The file type box and the start of the HEVC data, the rest lost.
      byte[] cut = Arrays.copyOf(heic, heic.length * 2 / 3);
      HttpResponse<String> refused = new TusClient(port, c.worker).upload(c.caseId, cut,
          TusClient.meta("ID_CARD", "IMG_0002.HEIC", "image/heic"), 1 << 20);
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
      assertThat(refused.body()).contains("\"code\":\"material.damaged\"");
      c.assertNothingStored(store, jdbc);
    }
  }
}
