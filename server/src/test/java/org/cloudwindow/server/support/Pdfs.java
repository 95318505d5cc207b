package org.cloudwindow.server.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Reads a PDF the server sent as a person would: poppler's {@code pdftotext} for the text, and the
 * first page rendered for its QR code. Files and renders go to {@code target/notices-it/} to look at.
 */
public final class Pdfs {

  private static final Path DIR = Path.of("target", "notices-it");

  private Pdfs() {}

  /** The text without whitespace (wrapped lines break phrases anywhere). */
  public static String text(byte[] pdf, String name) throws Exception {
    return text(pdf, Files.createDirectories(DIR).resolve(name + ".pdf"));
  }

  /** The same, keeping the PDF as {@code file}. */
  public static String text(byte[] pdf, Path file) throws IOException, InterruptedException {
    Files.write(file, pdf);
    Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-")
        .redirectErrorStream(true).start();
    String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(text).isZero();
    return text.replaceAll("\\s", "");
  }

  /** What the QR code on the first page says; also saves the page as PNG. */
  public static String qrCode(byte[] pdf, String name) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 110, ImageType.RGB);
      ImageIO.write(page, "png", Files.createDirectories(DIR).resolve(name + "-1.png").toFile());
      var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page)));
      return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, true)).getText();
    }
  }

  /** How many raster images the pages draw (a vector QR code is none; a signature is one). */
  public static int images(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      int images = 0;
      for (var page : document.getPages()) {
        for (var name : page.getResources().getXObjectNames()) {
          if (page.getResources().getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
            images++;
          }
        }
      }
      return images;
    }
  }
}
