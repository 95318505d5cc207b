package org.cloudwindow.server.notice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Measures and breaks text for one document's font. Chinese breaks between any two characters;
 * Latin words and numbers (a case number, an ID) stay whole unless longer than the line; a closing
 * mark such as ，or ）never starts a line. Characters the font lacks (a rare 生僻字 beyond the
 * font, an emoji) print as □ so a notice still comes out and the clerk sees what to write in by
 * hand; control characters are dropped, since a name or reason typed with them must not break the
 * layout.
 */
final class Typesetter {

  static final String MISSING_GLYPH = "□";
  private static final String NO_LINE_START = "，。、；：？！）》」』”’,.;:?!)%";

  private final PDFont font;
  private final Map<Integer, Float> widths = new HashMap<>();
  private final Map<Integer, Boolean> printable = new HashMap<>();

  Typesetter(PDFont font) {
    this.font = font;
  }

  PDFont font() {
    return font;
  }

  /** The text with tabs as spaces, other control characters dropped and unprintable ones as □. */
  String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      if (cp == '\n') {
        out.append('\n');
      } else if (cp == '\t') {
        out.append(' ');
      } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
        // dropped: carriage returns, zero-width joiners and the like
      } else if (printable.computeIfAbsent(cp, this::hasGlyph)) {
        out.appendCodePoint(cp);
      } else {
        out.append(MISSING_GLYPH);
      }
    });
    return out.toString();
  }

  /** {@link #clean} text for a single line (a title, a reference): line breaks become spaces. */
  String oneLine(String text) {
    return clean(text).replace('\n', ' ');
  }

  float width(String text, float size) {
    float total = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      total += widths.computeIfAbsent(cp, this::glyphWidth);
      i += Character.charCount(cp);
    }
    return total * size / 1000f;
  }

  /**
   * Breaks text into lines no wider than {@code width}, the first one {@code indent} narrower; a
   * line break in the text starts a new line (indented again, as a new paragraph).
   */
  List<Line> lines(String text, float size, float width, float indent) {
    List<Line> lines = new ArrayList<>();
    for (String paragraph : clean(text).split("\n", -1)) {
      List<String> broken = new ArrayList<>();
      breakParagraph(paragraph.strip(), size, width, indent, broken);
      for (int i = 0; i < broken.size(); i++) {
        lines.add(new Line(broken.get(i), i == 0 ? indent : 0));
      }
    }
    return lines;
  }

  /** A line of text and how far in from the left it starts. */
  record Line(String text, float indent) {}

  private void breakParagraph(String paragraph, float size, float fullWidth, float indent, List<String> lines) {
    float width = fullWidth - indent;
    StringBuilder line = new StringBuilder();
    for (String token : tokens(paragraph)) {
      if (width(line + token, size) <= width) {
        line.append(token);
        continue;
      }
      if (NO_LINE_START.contains(token) && line.length() > 1) {
        // Carry the last character down with the mark rather than start a line with it.
        int last = line.offsetByCodePoints(line.length(), -1);
        String carried = line.substring(last);
        line.setLength(last);
        lines.add(line.toString().stripTrailing());
        width = fullWidth;
        line = new StringBuilder(carried).append(token);
        continue;
      }
      if (!line.isEmpty()) {
        lines.add(line.toString().stripTrailing());
        width = fullWidth;
        line = new StringBuilder();
      }
      String rest = token.stripLeading();
      while (width(rest, size) > width) {
        int cut = fitting(rest, size, width);
        lines.add(rest.substring(0, cut));
        width = fullWidth;
        rest = rest.substring(cut);
      }
      line.append(rest);
    }
    lines.add(line.toString().stripTrailing());
  }

  /** How many chars of {@code text} fit, at least one code point so a line always advances. */
  private int fitting(String text, float size, float width) {
    int end = text.offsetByCodePoints(0, 1);
    while (end < text.length()) {
      int next = text.offsetByCodePoints(end, 1);
      if (width(text.substring(0, next), size) > width) {
        break;
      }
      end = next;
    }
    return end;
  }

  /** Runs of Latin letters, digits and ASCII punctuation (with a leading space) stay together; any other character stands alone. */
  private static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      boolean latin = cp < 0x2E80 && cp != ' ';
      if (latin) {
        word.appendCodePoint(cp);
        continue;
      }
      if (!word.isEmpty() && !(cp == ' ' && word.toString().isBlank())) {
        tokens.add(word.toString());
        word.setLength(0);
      }
      if (cp == ' ') {
        word.append(' ');
      } else {
        tokens.add(new String(Character.toChars(cp)));
      }
    }
    if (!word.isEmpty()) {
      tokens.add(word.toString());
    }
    return tokens;
  }

  private boolean hasGlyph(int codePoint) {
    try {
      font.encode(new String(Character.toChars(codePoint)));
      return true;
    } catch (IllegalArgumentException | IOException noGlyph) {
      return false;
    }
  }

  private float glyphWidth(int codePoint) {
    try {
      return font.getStringWidth(new String(Character.toChars(codePoint)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
