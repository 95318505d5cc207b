package org.cloudwindow.server.material;

import static org.assertj.core.api.Assertions.assertThat;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import org.cloudwindow.server.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * What the server does to every photo it keeps, seen through an upload: turned upright by its
 * EXIF orientation, stripped of EXIF and GPS, and stored as JPEG whatever image type came in.
 */
@IntegrationTest
class PhotoUploadIT {

  @LocalServerPort
  int port;

  @Test
  void aPhotoTakenSidewaysIsStoredUprightWithoutExifOrGps() throws Exception {
    // 400x200 pixels with a black mark top-left; orientation 6: show it turned 90° clockwise.
    byte[] sideways = Files.withExif(Files.jpeg(400, 200, 21), 6, true);
    Metadata sent = ImageMetadataReader.readMetadata(new ByteArrayInputStream(sideways));
    assertThat(sent.getFirstDirectoryOfType(GpsDirectory.class).getGeoLocation()).isNotNull();
    assertThat(sent.getFirstDirectoryOfType(ExifIFD0Directory.class).getInt(ExifIFD0Directory.TAG_ORIENTATION))
        .isEqualTo(6);

    byte[] stored = upload(sideways, "侧拍.jpg", "image/jpeg", 200, 400);
    BufferedImage upright = StoredPhotos.plainJpeg(stored, 200, 400);
    // Turned clockwise, the top-left mark is now top-right.
    assertThat(Files.dark(upright, 195, 5)).isTrue();
    assertThat(Files.dark(upright, 5, 5)).isFalse();
  }

  /** Fixtures made with Debian's cwebp 1.2.4 from a generated 300x200 PNG with a black mark top-left. */
  @ParameterizedTest
  @ValueSource(strings = {"photo-300x200.webp", "photo-300x200-lossless.webp"})
  void aWebpPhotoIsStoredAsJpeg(String fixture) throws Exception {
    byte[] webp;
    try (InputStream in = getClass().getResourceAsStream("/material/" + fixture)) {
      assertThat(in).as(fixture).isNotNull();
      webp = in.readAllBytes();
    }
    byte[] stored = upload(webp, "户口本.webp", "image/webp", 300, 200);
    BufferedImage image = StoredPhotos.plainJpeg(stored, 300, 200);
    assertThat(Files.dark(image, 5, 5)).isTrue();
    assertThat(Files.dark(image, 295, 195)).isFalse();
  }

  /** Uploads into a fresh case and returns the stored bytes, after checking what the checklist says. */
  private byte[] upload(byte[] photo, String name, String type, int width, int height) throws IOException {
    try (MaterialCase c = new MaterialCase(port, "worker-liangzhu")) {
      HttpResponse<String> done = new TusClient(port, c.worker).upload(c.caseId, photo,
          TusClient.meta("HOUSEHOLD_REGISTER", name, type), 1 << 20);
      assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
      JsonNode page = c.page("HOUSEHOLD_REGISTER", 0);
      assertThat(page.path("contentType").asString()).isEqualTo("image/jpeg");
      assertThat(page.path("fileName").asString()).endsWith(".jpg");
      assertThat(page.path("width").asInt()).isEqualTo(width);
      assertThat(page.path("height").asInt()).isEqualTo(height);
      byte[] stored = c.content(page);
      assertThat(c.worker.getBytes(page.path("thumbnailUrl").asString()).statusCode()).isEqualTo(200);
      return stored;
    }
  }
}
