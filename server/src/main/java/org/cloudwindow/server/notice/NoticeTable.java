package org.cloudwindow.server.notice;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * A ruled table whose cells wrap their text. A row that does not fit moves to the next page, the
 * header repeated above it; a row taller than a whole page (a very long reason) is split line by
 * line, so nothing is ever clipped.
 */
final class NoticeTable {

  private static final float SIZE = 10.5f;
  private static final float LINE = SIZE * 1.5f;
  private static final float PAD = 4f;

  private final NoticeDocument document;
  private final float[] widths;
  private final String[] header;
  private boolean headed;

  /** {@code shares} of the full width per column, in the order of {@code header}. */
  NoticeTable(NoticeDocument document, float[] shares, String... header) {
    this.document = document;
    this.header = header.clone();
    float total = 0;
    for (float share : shares) {
      total += share;
    }
    widths = new float[shares.length];
    for (int i = 0; i < shares.length; i++) {
      widths[i] = NoticeDocument.width() * shares[i] / total;
    }
  }

  void row(String... cells) throws IOException {
    List<List<String>> wrapped = wrap(cells);
    int lines = wrapped.stream().mapToInt(List::size).max().orElse(1);
    if (!headed) {
      document.keep(height(1) + height(Math.min(lines, 2)));
      drawHeader();
    }
    int start = 0;
    while (start < lines) {
      int need = lines - start;
      int fits = fitting(document.room());
      if (need > fits && (need <= fitting(NoticeDocument.pageRoom() - height(1)) || fits < 1)) {
        document.breakPage();
        drawHeader();
        continue;
      }
      int count = Math.min(need, fits);
      draw(wrapped, start, count, false);
      start += count;
    }
  }

  private void drawHeader() throws IOException {
    PDPageContentStream out = document.out();
    out.setNonStrokingColor(0.93f, 0.93f, 0.93f);
    out.addRect(NoticeDocument.left(), document.y() - height(1), NoticeDocument.width(), height(1));
    out.fill();
    out.setNonStrokingColor(0f, 0f, 0f);
    out.setRenderingMode(RenderingMode.FILL_STROKE);
    out.setLineWidth(0.25f);
    List<List<String>> cells = new ArrayList<>();
    for (String title : header) {
      cells.add(List.of(document.type().oneLine(title)));
    }
    draw(cells, 0, 1, true);
    out.setRenderingMode(RenderingMode.FILL);
    headed = true;
  }

  private void draw(List<List<String>> cells, int start, int count, boolean centred) throws IOException {
    PDPageContentStream out = document.out();
    float top = document.y();
    float height = height(count);
    float x = NoticeDocument.left();
    for (int column = 0; column < widths.length; column++) {
      List<String> lines = cells.get(column);
      for (int i = start; i < Math.min(lines.size(), start + count); i++) {
        String line = lines.get(i);
        float offset = centred ? (widths[column] - document.type().width(line, SIZE)) / 2 : PAD;
        float baseline = top - PAD - (i - start + 1) * LINE + (LINE - SIZE) / 2 + SIZE * 0.15f;
        document.text(line, x + offset, baseline, SIZE);
      }
      out.setLineWidth(0.6f);
      out.addRect(x, top - height, widths[column], height);
      out.stroke();
      x += widths[column];
    }
    document.down(height);
  }

  private List<List<String>> wrap(String... cells) {
    if (cells.length != widths.length) {
      throw new IllegalArgumentException(cells.length + " cells for " + widths.length + " columns");
    }
    List<List<String>> wrapped = new ArrayList<>();
    for (int i = 0; i < cells.length; i++) {
      wrapped.add(document.type().lines(cells[i], SIZE, widths[i] - 2 * PAD, 0).stream()
          .map(Typesetter.Line::text).toList());
    }
    return wrapped;
  }

  private static float height(int lines) {
    return lines * LINE + 2 * PAD;
  }

  private static int fitting(float room) {
    return (int) Math.floor((room - 2 * PAD) / LINE);
  }
}
