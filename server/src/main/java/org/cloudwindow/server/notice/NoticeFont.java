package org.cloudwindow.server.notice;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Noto Sans SC Regular (OFL-1.1, from the npm package {@code @expo-google-fonts/noto-sans-sc}),
 * shipped in the jar rather than taken from the host: Debian's Noto CJK fonts have CFF outlines,
 * which PDFBox cannot subset. The 10 MB file is read once; each document parses it from memory
 * and embeds only the glyphs it uses.
 */
@Component
class NoticeFont {

  static final String RESOURCE = "fonts/NotoSansSC_400Regular.ttf";

  private volatile byte @Nullable [] bytes;

  PDType0Font loadInto(PDDocument document) throws IOException {
    return PDType0Font.load(document, new RandomAccessReadBuffer(bytes()), true, false);
  }

  private byte[] bytes() {
    byte[] loaded = bytes;
    if (loaded == null) {
      synchronized (this) {
        if (bytes == null) {
          try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            bytes = in.readAllBytes();
          } catch (IOException e) {
            throw new UncheckedIOException("the notice font " + RESOURCE + " is missing from the build", e);
          }
        }
        loaded = bytes;
      }
    }
    return loaded;
  }
}
