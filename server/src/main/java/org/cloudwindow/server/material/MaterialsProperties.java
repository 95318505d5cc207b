package org.cloudwindow.server.material;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits for case materials.
 *
 * @param maxFileSize per uploaded file: a phone photo of a document is 2 to 8 MB, a scanned
 *     multi-page PDF rarely above 10 MB; 20 MB leaves room without letting one upload fill memory
 * @param maxPixels an image claiming more is refused before decoding (a tiny file can declare a
 *     huge image); 50 MP is above any tablet or phone camera
 * @param thumbnailSize longest side of thumbnails and PDF first-page renders, enough for the
 *     checklist on a 1280x800 tablet
 * @param uploadExpiry an unfinished upload is forgotten (its parts deleted) after this long; a
 *     call rarely lasts an hour, a day lets a tablet resume after losing the network for a while
 * @param heif how HEIC/HEIF photos (iPhones' default) are turned into JPEG
 */
@ConfigurationProperties("cloudwindow.materials")
record MaterialsProperties(DataSize maxFileSize, long maxPixels, int thumbnailSize, Duration uploadExpiry, Heif heif) {

  MaterialsProperties {
    maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(20) : maxFileSize;
    maxPixels = maxPixels <= 0 ? 50_000_000L : maxPixels;
    thumbnailSize = thumbnailSize <= 0 ? 320 : thumbnailSize;
    uploadExpiry = uploadExpiry == null ? Duration.ofHours(24) : uploadExpiry;
    heif = heif == null ? new Heif(null, null, null) : heif;
  }

  /**
   * libheif's {@code heif-convert} (Debian package {@code libheif-examples}): no HEVC decoder is
   * available for Java, and a separate process keeps a decoder crash out of the server.
   *
   * @param converter the tool; when it is not there HEIC/HEIF uploads are refused with a clear
   *     message (logged once at start-up)
   * @param timeout a 12 MP iPhone photo converts in under a second; a file still running after
   *     this long is hostile or broken and is stopped
   * @param maxOutput the converter's output (JPEG and messages) is cut off above this; a 50 MP
   *     JPEG at quality 92 stays well below 64 MB
   */
  record Heif(Path converter, Duration timeout, DataSize maxOutput) {

    Heif {
      converter = converter == null ? Path.of("/usr/bin/heif-convert") : converter;
      timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
      maxOutput = maxOutput == null ? DataSize.ofMegabytes(64) : maxOutput;
    }
  }
}
