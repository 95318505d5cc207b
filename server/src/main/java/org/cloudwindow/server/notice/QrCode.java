package org.cloudwindow.server.notice;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * A QR code drawn as vector squares, sharp at any print resolution. Level M survives the creases
 * and smudges of a notice carried home in a pocket. The caller leaves a quiet zone of four
 * modules around it.
 */
final class QrCode {

  private QrCode() {}

  /** Draws {@code text} as a QR code {@code size} points wide with its lower left corner at (x, y). */
  static void draw(PDPageContentStream out, String text, float x, float y, float size) throws IOException {
    BitMatrix matrix;
    try {
      matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
          EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
          EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
          EncodeHintType.MARGIN, 0));
    } catch (WriterException e) {
      throw new IllegalArgumentException("cannot encode a QR code for " + text, e);
    }
    float module = size / matrix.getWidth();
    out.setNonStrokingColor(0f, 0f, 0f);
    for (int row = 0; row < matrix.getHeight(); row++) {
      int column = 0;
      while (column < matrix.getWidth()) {
        if (!matrix.get(column, row)) {
          column++;
          continue;
        }
        int start = column;
        while (column < matrix.getWidth() && matrix.get(column, row)) {
          column++;
        }
        // One rectangle per run of dark modules keeps the page small; rows overlap by a hair so
        // no white seam shows between them when rendered.
        out.addRect(x + start * module, y + size - (row + 1) * module - 0.05f, (column - start) * module,
            module + 0.1f);
      }
    }
    out.fill();
  }
}
