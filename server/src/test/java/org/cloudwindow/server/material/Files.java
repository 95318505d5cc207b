package org.cloudwindow.server.material;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Test files made in code: images, PDFs, and hashes. */
final class Files {

  private Files() {}

  static BufferedImage picture(int width, int height, long seed) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color((int) (seed * 2654435761L) & 0xffffff));
    g.fillRect(0, 0, width, height);
    g.setColor(Color.BLACK);
    g.fillRect(0, 0, width / 4, height / 8); // a mark in the top-left corner, to check rotation
    g.dispose();
    return image;
  }

  /** Whether the pixel is (near) black, like the mark {@link #picture} puts in the top-left corner. */
  static boolean dark(BufferedImage image, int x, int y) {
    int rgb = image.getRGB(x, y);
    return ((rgb >> 16) & 0xff) < 60 && ((rgb >> 8) & 0xff) < 60 && (rgb & 0xff) < 60;
  }

  static byte[] jpeg(int width, int height, long seed) {
    return encode(picture(width, height, seed), "jpg");
  }

  static byte[] png(int width, int height, long seed) {
    return encode(picture(width, height, seed), "png");
  }

  static byte[] encode(BufferedImage image, String format) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, format, out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A one-page PDF; {@code change} may add to the document before it is saved. */
  static byte[] pdf(Consumer<PDDocument> change) {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.addRect(50, 50, 200, 100);
        content.fill();
      }
      change.accept(document);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A PDF of about {@code bytes} bytes: a page with a noise image that does not compress. */
  static byte[] bigPdf(int bytes, long seed) {
    int side = (int) Math.sqrt(bytes / 3.0);
    BufferedImage noise = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
    Random random = new Random(seed);
    for (int y = 0; y < side; y++) {
      for (int x = 0; x < side; x++) {
        noise.setRGB(x, y, random.nextInt());
      }
    }
    return pdf(document -> {
      try {
        PDImageXObject image = LosslessFactory.createFromImage(document, noise);
        PDPage page = document.getPage(0);
        try (PDPageContentStream content = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND,
            true)) {
          content.drawImage(image, 300, 500, 100, 100);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /**
   * The JPEG with an EXIF block as a phone writes it: the orientation the camera was held in,
   * a capture time and, when asked, where it was taken (a street in Ningbo).
   */
  static byte[] withExif(byte[] jpeg, int orientation, boolean gps) {
    try {
      TiffOutputSet exif = new TiffOutputSet();
      exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) orientation);
      exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_MAKE, "CloudWindow Test Camera");
      exif.getOrCreateExifDirectory().add(ExifTagConstants.EXIF_TAG_DATE_TIME_ORIGINAL, "2026:11:22 09:30:00");
      if (gps) {
        exif.setGpsInDegrees(121.5440, 29.8683);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      new ExifRewriter().updateExifMetadataLossless(jpeg, out, exif);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
