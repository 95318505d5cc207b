package org.cloudwindow.server.material;

import java.util.Locale;
import java.util.Set;
import org.apache.tika.Tika;
import org.cloudwindow.server.web.ApiException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Decides what an uploaded file really is from its bytes (Tika's magic numbers; the name and the
 * declared type never count) and hands it to the check for that type. Anything else is refused.
 */
@Component
class ContentInspector {

  private static final Set<String> IMAGES = Set.of("image/jpeg", "image/png", "image/webp");
  /** What iPhones take by default; AVIF shares the container but is not a material type. */
  private static final Set<String> HEIF = Set.of("image/heic", "image/heif", "image/heic-sequence",
      "image/heif-sequence");

  /** Content only: a Tika without the name cannot be fooled by {@code photo.jpg}. */
  private final Tika tika = new Tika();
  private final ImageNormalizer images;
  private final HeifConverter heif;
  private final PdfInspector pdfs;

  ContentInspector(ImageNormalizer images, HeifConverter heif, PdfInspector pdfs) {
    this.images = images;
    this.heif = heif;
    this.pdfs = pdfs;
  }

  Inspected inspect(byte[] bytes, @Nullable String declaredType) {
    if (bytes.length == 0) {
      throw new ApiException(MaterialProblem.EMPTY);
    }
    String detected = tika.detect(bytes);
    if (HEIF.contains(detected)) {
      // Stored as JPEG: the clerk's browser cannot show HEIC. heif-convert applies HEIF's own
      // rotation, so the EXIF orientation it copies over must not turn the photo again.
      requireDeclaredMatches(declaredType, detected);
      return images.normalize(heif.toJpeg(bytes), false);
    }
    boolean image = IMAGES.contains(detected);
    if (!image && !"application/pdf".equals(detected)) {
      throw new ApiException(MaterialProblem.TYPE_NOT_ALLOWED, detected);
    }
    requireDeclaredMatches(declaredType, detected);
    return image ? images.normalize(bytes) : pdfs.inspect(bytes);
  }

  /**
   * A client that says PNG and sends a JPEG is confused or lying; both deserve a refusal rather
   * than a guess. No declared type at all is fine (detection decides).
   */
  private static void requireDeclaredMatches(@Nullable String declaredType, String detected) {
    if (declaredType == null || declaredType.isBlank()) {
      return;
    }
    String declared = declaredType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    String normal = "image/jpg".equals(declared) || "image/pjpeg".equals(declared) ? "image/jpeg" : declared;
    // Phones label every HEIF-family photo image/heic or image/heif, whichever brand it carries.
    boolean sameFamily = HEIF.contains(normal) && HEIF.contains(detected);
    if (!normal.equals(detected) && !sameFamily && !"application/octet-stream".equals(normal)) {
      throw new ApiException(MaterialProblem.TYPE_MISMATCH, declared, detected);
    }
  }
}
