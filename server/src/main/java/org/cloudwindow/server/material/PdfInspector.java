package org.cloudwindow.server.material;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import net.coobird.thumbnailator.Thumbnails;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.cloudwindow.server.web.ApiException;
import org.springframework.stereotype.Component;

/**
 * A PDF is kept as it was sent (it may be signed), so it must be harmless as it is: it opens,
 * is not encrypted, and nothing in it runs or carries other files: no JavaScript, no launch,
 * import or submit actions, no embedded or attached files, no rich media.
 */
@Component
class PdfInspector {

  /** Action types that run something or reach outside the document. */
  private static final Set<COSName> ACTIVE_ACTIONS = Set.of(COSName.JAVA_SCRIPT, COSName.getPDFName("Launch"),
      COSName.getPDFName("ImportData"), COSName.getPDFName("SubmitForm"), COSName.getPDFName("RichMediaExecute"),
      COSName.getPDFName("GoToE"), COSName.getPDFName("Rendition"));
  private static final Set<COSName> ACTIVE_KEYS = Set.of(COSName.JS, COSName.getPDFName("JavaScript"),
      COSName.EMBEDDED_FILES, COSName.EF, COSName.getPDFName("EmbeddedFile"), COSName.getPDFName("RichMedia"),
      COSName.getPDFName("XFA"));
  private static final Set<COSName> ACTIVE_SUBTYPES = Set.of(COSName.getPDFName("FileAttachment"),
      COSName.getPDFName("RichMedia"), COSName.getPDFName("Movie"), COSName.getPDFName("Sound"),
      COSName.getPDFName("Screen"));
  /** A real document has far fewer objects; a walk past this is refused rather than continued. */
  private static final int MAX_OBJECTS = 500_000;

  private final MaterialsProperties properties;

  PdfInspector(MaterialsProperties properties) {
    this.properties = properties;
  }

  Inspected inspect(byte[] bytes) {
    try (PDDocument document = Loader.loadPDF(bytes)) {
      if (document.isEncrypted()) {
        throw new ApiException(MaterialProblem.PDF_ENCRYPTED);
      }
      int pages = document.getNumberOfPages();
      if (pages < 1) {
        throw new ApiException(MaterialProblem.DAMAGED);
      }
      requireNothingActive(document);
      return new Inspected(bytes, "application/pdf", "pdf", firstPage(document), null, null, pages);
    } catch (org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException e) {
      throw new ApiException(MaterialProblem.PDF_ENCRYPTED);
    } catch (IOException | RuntimeException | OutOfMemoryError e) {
      if (e instanceof ApiException api) {
        throw api;
      }
      throw new ApiException(MaterialProblem.DAMAGED);
    }
  }

  /**
   * Walks every object reachable from the trailer rather than asking the high-level API for
   * known places (open action, names tree, page and field actions): an action hidden anywhere is
   * found the same way.
   */
  private static void requireNothingActive(PDDocument document) {
    Deque<COSBase> todo = new ArrayDeque<>();
    Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    todo.push(document.getDocument().getTrailer());
    while (!todo.isEmpty()) {
      COSBase next = todo.pop();
      if (next instanceof COSObject reference) {
        next = reference.getObject();
      }
      if (next == null || !seen.add(next)) {
        continue;
      }
      if (seen.size() > MAX_OBJECTS) {
        throw new ApiException(MaterialProblem.DAMAGED);
      }
      if (next instanceof COSDictionary dictionary) {
        check(dictionary);
        for (COSBase value : dictionary.getValues()) {
          todo.push(value);
        }
      } else if (next instanceof COSArray array) {
        for (COSBase value : array) {
          todo.push(value);
        }
      }
    }
  }

  private static void check(COSDictionary dictionary) {
    COSName action = dictionary.getCOSName(COSName.S);
    COSName subtype = dictionary.getCOSName(COSName.SUBTYPE);
    boolean activeKey = dictionary.keySet().stream().anyMatch(ACTIVE_KEYS::contains);
    if (activeKey || (action != null && ACTIVE_ACTIONS.contains(action))
        || (subtype != null && ACTIVE_SUBTYPES.contains(subtype))
        || COSName.getPDFName("EmbeddedFile").equals(dictionary.getCOSName(COSName.TYPE))) {
      throw new ApiException(MaterialProblem.PDF_ACTIVE);
    }
  }

  private byte[] firstPage(PDDocument document) throws IOException {
    float width = document.getPage(0).getMediaBox().getWidth();
    // Render near the thumbnail's size instead of at print resolution and scaling down.
    float dpi = Math.max(18f, Math.min(150f, 72f * properties.thumbnailSize() / Math.max(1f, width)));
    BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, dpi, ImageType.RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int side = properties.thumbnailSize();
    Thumbnails.of(page).size(side, side).outputFormat("jpg").outputQuality(0.8).toOutputStream(out);
    return out.toByteArray();
  }
}
