package org.cloudwindow.server.notice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * An A4 notice written top to bottom: text flows onto a new page when the current one is full,
 * and every page gets the notice's reference and "第 n 页 共 m 页" at the foot once the whole
 * notice is written, so a page that comes loose is still known. Coordinates are PDF points from
 * the bottom left.
 */
final class NoticeDocument implements AutoCloseable {

  static final float BODY = 12f;
  static final float LEADING = 1.6f;
  private static final PDRectangle PAGE = PDRectangle.A4;
  private static final float SIDE = 70f;
  private static final float TOP = 64f;
  private static final float BOTTOM = 64f;

  private final PDDocument document = new PDDocument();
  private final Typesetter type;
  private final String reference;
  private PDPageContentStream out;
  private float y;

  NoticeDocument(NoticeFont font, String title, String reference) throws IOException {
    this.type = new Typesetter(font.loadInto(document));
    this.reference = type.oneLine(reference);
    PDDocumentInformation info = document.getDocumentInformation();
    info.setTitle(title + " " + reference);
    info.setCreator("CloudWindow");
    out = newPage();
  }

  Typesetter type() {
    return type;
  }

  PDDocument pdf() {
    return document;
  }

  PDPageContentStream out() {
    return out;
  }

  static float left() {
    return SIDE;
  }

  static float width() {
    return PAGE.getWidth() - 2 * SIDE;
  }

  float y() {
    return y;
  }

  void down(float height) {
    y -= height;
  }

  /** Starts a new page unless {@code height} still fits on this one, so a block stays together. */
  void keep(float height) throws IOException {
    if (y - height < BOTTOM) {
      breakPage();
    }
  }

  void breakPage() throws IOException {
    out.close();
    out = newPage();
  }

  /** Space left on a fresh page, for blocks that must know whether they can ever fit. */
  static float pageRoom() {
    return PAGE.getHeight() - TOP - BOTTOM;
  }

  float room() {
    return y - BOTTOM;
  }

  /** The notice's title, centred and set heavier (the font has one weight; a thin stroke thickens it). */
  void title(String text) throws IOException {
    float size = 22f;
    keep(size * 2);
    down(size);
    out.setRenderingMode(RenderingMode.FILL_STROKE);
    out.setLineWidth(0.5f);
    String clean = type.oneLine(text);
    text(clean, SIDE + (width() - type.width(clean, size)) / 2, y, size);
    out.setRenderingMode(RenderingMode.FILL);
    down(size * 0.9f);
  }

  /** A line set flush right, e.g. the notice's number under the title. */
  void right(String text, float size) throws IOException {
    keep(size * LEADING);
    down(size * LEADING);
    String clean = type.oneLine(text);
    text(clean, SIDE + width() - type.width(clean, size), y + size * 0.3f, size);
  }

  /** A paragraph over the full width; {@code indent} in characters for the first line (two for body text). */
  void paragraph(String text, float size, int indent) throws IOException {
    paragraph(text, size, indent, SIDE, width());
  }

  void paragraph(String text, float size, int indent, float x, float width) throws IOException {
    for (Typesetter.Line line : type.lines(text, size, width, indent * size)) {
      keep(size * LEADING);
      down(size * LEADING);
      text(line.text(), x + line.indent(), y + size * 0.3f, size);
    }
  }

  /** A heading inside the notice such as 一、受理事项. */
  void heading(String text) throws IOException {
    keep(BODY * LEADING * 3);
    down(BODY * 0.5f);
    out.setRenderingMode(RenderingMode.FILL_STROKE);
    out.setLineWidth(0.3f);
    paragraph(text, BODY, 0);
    out.setRenderingMode(RenderingMode.FILL);
  }

  void text(String cleanText, float x, float baseline, float size) throws IOException {
    if (cleanText.isEmpty()) {
      return;
    }
    out.beginText();
    out.setFont(type.font(), size);
    out.newLineAtOffset(x, baseline);
    out.showText(cleanText);
    out.endText();
  }

  /** Adds the foot of every page and returns the finished PDF. */
  byte[] finish() throws IOException {
    out.close();
    int pages = document.getNumberOfPages();
    float size = 9f;
    for (int i = 0; i < pages; i++) {
      try (PDPageContentStream foot = new PDPageContentStream(document, document.getPage(i),
          PDPageContentStream.AppendMode.APPEND, true, true)) {
        out = foot;
        String number = "第 " + (i + 1) + " 页 共 " + pages + " 页";
        text("编号：" + reference, SIDE, BOTTOM - 28, size);
        text(number, SIDE + width() - type.width(number, size), BOTTOM - 28, size);
      }
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    document.save(bytes);
    return bytes.toByteArray();
  }

  @Override
  public void close() throws IOException {
    document.close();
  }

  private PDPageContentStream newPage() throws IOException {
    PDPage page = new PDPage(PAGE);
    document.addPage(page);
    y = PAGE.getHeight() - TOP;
    return new PDPageContentStream(document, page);
  }
}
