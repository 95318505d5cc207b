package org.cloudwindow.server.material;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import net.coobird.thumbnailator.Thumbnails;
import org.cloudwindow.server.casework.CaseSignatures;
import org.cloudwindow.server.identity.CurrentUser;
import org.cloudwindow.server.material.MaterialRepository.NewPage;
import org.cloudwindow.server.storage.ObjectStore;
import org.cloudwindow.server.storage.StoredObject;
import org.cloudwindow.server.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant's signature, drawn on the tablet: a PNG, checked by decoding it, stored in the
 * object store as a material of its own ({@link #SLOT}, outside the checklist), and recorded on
 * the case with the hash of the content it signs. A new signature is the slot's next version.
 */
@Service
@Transactional
class SignatureService {

  static final String SLOT = "SIGNATURE";
  /** A signature pad's PNG is tens of KB; 1 MB leaves room for a large, dense screen. */
  static final int MAX_BYTES = 1024 * 1024;
  /** Bigger than any tablet screen; a PNG header may claim more, which is refused before decoding. */
  static final int MAX_SIDE = 4096;
  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final Logger log = LoggerFactory.getLogger(SignatureService.class);

  private final CaseSignatures signatures;
  private final MaterialRepository materials;
  private final ObjectStore store;
  private final Clock clock;

  SignatureService(CaseSignatures signatures, MaterialRepository materials, ObjectStore store, Clock clock) {
    this.signatures = signatures;
    this.materials = materials;
    this.store = store;
    this.clock = clock;
  }

  CaseSignatures.Signature sign(CurrentUser user, long caseId, InputStream body) throws IOException {
    signatures.requireSignable(user, caseId);
    byte[] png = body.readNBytes(MAX_BYTES + 1);
    if (png.length > MAX_BYTES) {
      throw new ApiException(MaterialProblem.SIGNATURE_TOO_LARGE, MAX_BYTES / 1024);
    }
    BufferedImage image = decode(png);
    String base = "cases/" + caseId + "/signatures/" + UUID.randomUUID();
    List<String> written = new ArrayList<>();
    try {
      StoredObject file = store.put(base + ".png", new ByteArrayInputStream(png));
      written.add(file.key());
      StoredObject thumb = store.put(base + ".thumb.jpg", new ByteArrayInputStream(thumbnail(image)));
      written.add(thumb.key());
      materials.lockCase(caseId);
      int version = materials.latest(caseId, SLOT).map(m -> m.version() + 1).orElse(1);
      Instant now = clock.instant();
      long materialId = materials.insert(caseId, SLOT, version, user.id(), now);
      long pageId = materials.insertPage(materialId, new NewPage("signature.png", "image/png", file.size(),
          file.sha256(), file.key(), thumb.key(), image.getWidth(), image.getHeight(), null), user.id(), now);
      materials.event(caseId, materialId, pageId, SLOT, now, user.id(), "SIGNED", file.sha256());
      log.info("Signature {} stored for case {}", materialId, caseId);
      return signatures.signed(user, caseId, materialId);
    } catch (IOException | RuntimeException e) {
      written.forEach(store::delete);
      throw e;
    }
  }

  /** Decodes the whole image: a file that only starts like a PNG is refused too. */
  private static BufferedImage decode(byte[] bytes) {
    if (bytes.length < PNG_MAGIC.length || !Arrays.equals(Arrays.copyOf(bytes, PNG_MAGIC.length), PNG_MAGIC)) {
      throw new ApiException(MaterialProblem.SIGNATURE_NOT_PNG);
    }
    try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("png");
      ImageReader reader = readers.next();
      try {
        reader.setInput(input, true, true);
        if (reader.getWidth(0) > MAX_SIDE || reader.getHeight(0) > MAX_SIDE) {
          throw new ApiException(MaterialProblem.SIGNATURE_NOT_PNG);
        }
        return reader.read(0);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof ApiException api) {
        throw api;
      }
      throw new ApiException(MaterialProblem.SIGNATURE_NOT_PNG);
    }
  }

  private static byte[] thumbnail(BufferedImage image) throws IOException {
    ByteArrayOutputStream thumb = new ByteArrayOutputStream();
    // JPEG has no transparency: the pad's transparent background becomes white, as on paper.
    BufferedImage white = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    var g = white.createGraphics();
    g.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
    g.dispose();
    Thumbnails.of(white).size(320, 320).outputFormat("jpg").outputQuality(0.8).toOutputStream(thumb);
    return thumb.toByteArray();
  }
}
