package org.cloudwindow.server.material;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import net.coobird.thumbnailator.Thumbnails;
import org.cloudwindow.server.web.ApiException;
import org.springframework.stereotype.Component;

/**
 * Decodes an image and writes it again as a plain JPEG: the device's metadata (GPS position,
 * camera serial) does not survive, EXIF orientation is applied to the pixels, and anything after
 * the image data (a ZIP appended to make a polyglot) is dropped with the rest of the original.
 */
@Component
class ImageNormalizer {

  private static final float QUALITY = 0.9f;

  static {
    ImageIO.setUseCache(false);
    ImageIO.scanForPlugins(); // the WebP reader registers through the service loader
  }

  private final MaterialsProperties properties;

  ImageNormalizer(MaterialsProperties properties) {
    this.properties = properties;
  }

  Inspected normalize(byte[] bytes) {
    return normalize(bytes, true);
  }

  /**
   * @param exifOrientation false for pixels already turned upright by their decoder (HEIF's own
   *     rotation boxes), whose EXIF orientation must not be applied a second time
   */
  Inspected normalize(byte[] bytes, boolean exifOrientation) {
    BufferedImage decoded = decode(bytes);
    BufferedImage upright = exifOrientation ? Orientation.apply(decoded, orientation(bytes)) : decoded;
    try {
      byte[] jpeg = jpeg(upright);
      int side = properties.thumbnailSize();
      ByteArrayOutputStream thumb = new ByteArrayOutputStream();
      Thumbnails.of(upright).size(side, side).outputFormat("jpg").outputQuality(0.8).toOutputStream(thumb);
      return new Inspected(jpeg, "image/jpeg", "jpg", thumb.toByteArray(), upright.getWidth(), upright.getHeight(), null);
    } catch (IOException e) {
      throw new ApiException(MaterialProblem.DAMAGED);
    }
  }

  private BufferedImage decode(byte[] bytes) {
    try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
      if (!readers.hasNext()) {
        throw new ApiException(MaterialProblem.DAMAGED);
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(input, true, true);
        // A few bytes can declare a gigapixel image: check the header before allocating pixels.
        if ((long) reader.getWidth(0) * reader.getHeight(0) > properties.maxPixels()) {
          throw new ApiException(MaterialProblem.IMAGE_TOO_LARGE, properties.maxPixels() / 1_000_000);
        }
        // ImageIO fills a truncated JPEG with grey and only warns: a cut-off photo is refused.
        AtomicBoolean warned = new AtomicBoolean();
        reader.addIIOReadWarningListener((source, warning) -> warned.set(true));
        BufferedImage image = reader.read(0);
        if (warned.get()) {
          throw new ApiException(MaterialProblem.DAMAGED);
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.drawImage(image, 0, 0, Color.WHITE, null);
        g.dispose();
        return rgb;
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException | OutOfMemoryError e) {
      if (e instanceof ApiException api) {
        throw api;
      }
      throw new ApiException(MaterialProblem.DAMAGED);
    }
  }

  /** EXIF orientation 1..8, 1 when there is none or it cannot be read. */
  private static int orientation(byte[] bytes) {
    try {
      Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes));
      ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
      if (exif != null && exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
        return exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
      }
    } catch (Exception unreadable) {
      // Metadata is optional; the pixels decoded, so the photo is kept as it is.
    }
    return 1;
  }

  private static byte[] jpeg(BufferedImage image) throws IOException {
    return JpegEncoding.encode(image, QUALITY);
  }

  /** The pixel transforms of the EXIF orientation values. */
  static final class Orientation {

    private Orientation() {}

    static BufferedImage apply(BufferedImage image, int orientation) {
      if (orientation <= 1 || orientation > 8) {
        return image;
      }
      int w = image.getWidth();
      int h = image.getHeight();
      boolean swap = orientation >= 5;
      AffineTransform t = new AffineTransform();
      switch (orientation) {
        case 2 -> { t.translate(w, 0); t.scale(-1, 1); }
        case 3 -> { t.translate(w, h); t.rotate(Math.PI); }
        case 4 -> { t.translate(0, h); t.scale(1, -1); }
        case 5 -> t = new AffineTransform(0, 1, 1, 0, 0, 0); // transpose
        case 6 -> { t.translate(h, 0); t.rotate(Math.PI / 2); }
        case 7 -> t = new AffineTransform(0, -1, -1, 0, h, w); // transverse
        case 8 -> { t.translate(0, w); t.rotate(3 * Math.PI / 2); }
        default -> { }
      }
      BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = out.createGraphics();
      g.drawImage(image, t, null);
      g.dispose();
      return out;
    }
  }
}
