package org.cloudwindow.server.material;

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
 */
@ConfigurationProperties("cloudwindow.materials")
record MaterialsProperties(DataSize maxFileSize, long maxPixels, int thumbnailSize, Duration uploadExpiry) {

  MaterialsProperties {
    maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(20) : maxFileSize;
    maxPixels = maxPixels <= 0 ? 50_000_000L : maxPixels;
    thumbnailSize = thumbnailSize <= 0 ? 320 : thumbnailSize;
    uploadExpiry = uploadExpiry == null ? Duration.ofHours(24) : uploadExpiry;
  }
}
