package org.cloudwindow.server.material;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.cloudwindow.server.identity.CurrentUser;
import org.cloudwindow.server.material.MaterialRepository.NewPage;
import org.cloudwindow.server.material.UploadRepository.Upload;
import org.cloudwindow.server.storage.ObjectStore;
import org.cloudwindow.server.storage.StoredObject;
import org.cloudwindow.server.web.ApiException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;

/**
 * The tus 1.0 core behind {@code /api/cases/{id}/materials}: an upload is created with its length
 * and metadata, each PATCH stores its chunk as a separate part object and only then moves the
 * offset on, so after a dropped connection HEAD tells the tablet the last byte the server
 * acknowledged and nothing already acknowledged is sent twice. The last chunk assembles the
 * parts, checks the file and stores it as a page; parts are deleted whatever the outcome.
 *
 * <p>Not transactional as a whole: a PATCH body streams for seconds, no transaction stays open.
 */
@Service
public class UploadService {

  static final String PARTS = "material-uploads/";
  private static final Logger log = LoggerFactory.getLogger(UploadService.class);

  private final UploadRepository uploads;
  private final MaterialService materials;
  private final ContentInspector inspector;
  private final ObjectStore store;
  private final MaterialsProperties properties;
  private final Clock clock;

  UploadService(UploadRepository uploads, MaterialService materials, ContentInspector inspector, ObjectStore store,
      MaterialsProperties properties, Clock clock) {
    this.uploads = uploads;
    this.materials = materials;
    this.inspector = inspector;
    this.store = store;
    this.properties = properties;
    this.clock = clock;
  }

  /** tus creation; metadata keys {@code slot}, {@code filename} (or {@code name}), {@code filetype} (or {@code type}). */
  String create(CurrentUser user, long caseId, long length, Map<String, String> metadata) {
    String slot = metadata.get("slot");
    if (slot == null || slot.isBlank()) {
      throw new ApiException(MaterialProblem.BAD_UPLOAD, "slot");
    }
    String name = metadata.getOrDefault("filename", metadata.get("name"));
    if (name == null) {
      throw new ApiException(MaterialProblem.BAD_UPLOAD, "filename");
    }
    String fileName = FileNames.checked(name);
    String declared = metadata.getOrDefault("filetype", metadata.get("type"));
    if (declared != null && declared.length() > 100) {
      throw new ApiException(MaterialProblem.BAD_UPLOAD, "filetype");
    }
    if (length == 0) {
      throw new ApiException(MaterialProblem.EMPTY);
    }
    requireWithinLimit(length);
    materials.requireUploadable(user, caseId, slot);
    Instant now = clock.instant();
    String id = UUID.randomUUID().toString();
    uploads.insert(new Upload(id, caseId, slot, fileName, declared, length, 0, user.id(), now,
        now.plus(properties.uploadExpiry())));
    return id;
  }

  /** tus HEAD: the upload of this user, with the offset acknowledged so far. */
  Upload get(CurrentUser user, long caseId, String uploadId) {
    return uploads.find(uploadId).filter(u -> u.caseId() == caseId && u.createdBy() == user.id())
        .orElseThrow(() -> ApiException.notFound("upload " + uploadId));
  }

  /**
   * tus PATCH: stores the chunk at {@code offset}; returns the new offset and, when this was the
   * last chunk, the page it became.
   */
  Patched patch(CurrentUser user, long caseId, String uploadId, long offset, long contentLength, InputStream body)
      throws IOException {
    Upload upload = get(user, caseId, uploadId);
    if (offset != upload.offset()) {
      throw new ApiException(MaterialProblem.OFFSET_MISMATCH, upload.offset()).with("offset", upload.offset());
    }
    long room = upload.length() - offset;
    String key = PARTS + uploadId + "/" + String.format("%015d-%08x", offset, ThreadLocalRandom.current().nextInt());
    Bounded chunk = new Bounded(body, room);
    StoredObject part;
    try {
      part = store.put(key, chunk);
    } catch (IOException e) {
      if (!chunk.broken) {
        throw e;
      }
      // The tablet lost its connection mid-chunk: expected on mobile networks, it resumes later.
      log.info("Upload {} interrupted at offset {}; waiting for it to resume", uploadId, offset);
      throw new ApiException(MaterialProblem.BAD_UPLOAD, "connection");
    }
    if (contentLength >= 0 && part.size() != contentLength) {
      // The body ended early (a dropped connection the container did not report): not acknowledged.
      store.delete(key);
      throw new ApiException(MaterialProblem.BAD_UPLOAD, "Content-Length");
    }
    if (part.size() > 0 && !uploads.advance(uploadId, offset, part.size(), key)) {
      store.delete(key); // another PATCH for the same offset won
      Upload now = get(user, caseId, uploadId);
      throw new ApiException(MaterialProblem.OFFSET_MISMATCH, now.offset()).with("offset", now.offset());
    }
    if (part.size() == 0) {
      store.delete(key);
    }
    long reached = offset + part.size();
    if (reached < upload.length()) {
      return new Patched(reached, null);
    }
    return new Patched(reached, complete(user, upload));
  }

  /** tus termination: the upload and its parts are gone. */
  void terminate(CurrentUser user, long caseId, String uploadId) {
    Upload upload = get(user, caseId, uploadId);
    discard(upload.id());
  }

  /** Forgets uploads nobody finished in time. */
  int expire() {
    List<String> ids = uploads.expired(clock.instant());
    ids.forEach(this::discard);
    return ids.size();
  }

  private long complete(CurrentUser user, Upload upload) throws IOException {
    byte[] bytes;
    try {
      bytes = assemble(upload);
    } finally {
      discard(upload.id());
    }
    Inspected checked = inspector.inspect(bytes, upload.declaredType());
    String base = "cases/" + upload.caseId() + "/materials/" + UUID.randomUUID();
    List<String> written = new ArrayList<>();
    try {
      StoredObject file = store.put(base + "." + checked.extension(), new ByteArrayInputStream(checked.content()));
      written.add(file.key());
      StoredObject thumb = store.put(base + ".thumb.jpg", new ByteArrayInputStream(checked.thumbnail()));
      written.add(thumb.key());
      String name = FileNames.withExtension(upload.fileName(), checked.extension());
      return materials.addPage(user, upload.caseId(), upload.slotCode(), new NewPage(name, checked.contentType(),
          file.size(), file.sha256(), file.key(), thumb.key(), checked.width(), checked.height(), checked.pageCount()));
    } catch (IOException | RuntimeException e) {
      written.forEach(store::delete);
      throw e;
    }
  }

  private byte[] assemble(Upload upload) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream((int) upload.length());
    for (String key : uploads.partKeys(upload.id())) {
      Resource part = store.get(key).orElseThrow(() -> new IOException("part missing: " + key));
      try (InputStream in = part.getInputStream()) {
        in.transferTo(all);
      }
    }
    if (all.size() != upload.length()) {
      throw new ApiException(MaterialProblem.BAD_UPLOAD, "Upload-Length");
    }
    return all.toByteArray();
  }

  /** Deletes the upload row and every part object, also parts left by a crash before acknowledgement. */
  private void discard(String uploadId) {
    uploads.delete(uploadId);
    for (String key : store.list(PARTS + uploadId + "/")) {
      store.delete(key);
    }
    log.debug("Upload {} discarded", uploadId);
  }

  private void requireWithinLimit(long length) {
    if (length < 0 || length > properties.maxFileSize().toBytes()) {
      throw new ApiException(MaterialProblem.TOO_LARGE, properties.maxFileSize().toMegabytes());
    }
  }

  /** A PATCH result: the new offset, and the page when the upload completed with this chunk. */
  record Patched(long offset, @Nullable Long pageId) {}

  /** Refuses a body that runs past the declared Upload-Length. */
  private static final class Bounded extends FilterInputStream {

    private long left;
    /** Reading the request failed: the client, not the store, broke off. */
    boolean broken;

    Bounded(InputStream in, long left) {
      super(in);
      this.left = left;
    }

    @Override
    public int read() throws IOException {
      int b = track(super::read);
      if (b >= 0 && --left < 0) {
        throw new ApiException(MaterialProblem.BAD_UPLOAD, "Upload-Length");
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int off, int len) throws IOException {
      int n = track(() -> super.read(buffer, off, len));
      if (n > 0) {
        left -= n;
        if (left < 0) {
          throw new ApiException(MaterialProblem.BAD_UPLOAD, "Upload-Length");
        }
      }
      return n;
    }

    private int track(Read read) throws IOException {
      try {
        return read.read();
      } catch (IOException e) {
        broken = true;
        throw e;
      }
    }

    private interface Read {
      int read() throws IOException;
    }
  }
}
