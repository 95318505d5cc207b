package org.cloudwindow.server.material;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cloudwindow.server.identity.CurrentUser;
import org.cloudwindow.server.web.ApiException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * tus 1.0.0 core with the creation and termination extensions (https://tus.io/protocols/resumable-upload).
 * Creation: {@code POST /api/cases/{id}/materials}; the upload then lives at the returned
 * {@code Location}, {@code /api/cases/{id}/materials/uploads/{uploadId}}, for HEAD, PATCH and DELETE.
 */
@RestController
class TusController {

  static final String VERSION = "1.0.0";
  private static final String OFFSET_TYPE = "application/offset+octet-stream";

  private final UploadService uploads;
  private final MaterialsProperties properties;

  TusController(UploadService uploads, MaterialsProperties properties) {
    this.uploads = uploads;
    this.properties = properties;
  }

  @RequestMapping(path = {"/api/cases/{id}/materials", "/api/cases/{id}/materials/uploads/{uploadId}"},
      method = RequestMethod.OPTIONS)
  ResponseEntity<Void> options() {
    return ResponseEntity.noContent().header("Tus-Resumable", VERSION).header("Tus-Version", VERSION)
        .header("Tus-Extension", "creation,termination")
        .header("Tus-Max-Size", String.valueOf(properties.maxFileSize().toBytes())).build();
  }

  @RequestMapping(path = "/api/cases/{id}/materials", method = RequestMethod.POST)
  ResponseEntity<Void> create(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
      @RequestHeader(name = "Tus-Resumable", required = false) @Nullable String version,
      @RequestHeader(name = "Upload-Length", required = false) @Nullable String length,
      @RequestHeader(name = "Upload-Metadata", required = false) @Nullable String metadata) {
    requireVersion(version);
    String uploadId = uploads.create(user, id, number(length, "Upload-Length"), metadata(metadata));
    return ResponseEntity.created(URI.create("/api/cases/" + id + "/materials/uploads/" + uploadId))
        .header("Tus-Resumable", VERSION).build();
  }

  @RequestMapping(path = "/api/cases/{id}/materials/uploads/{uploadId}", method = RequestMethod.HEAD)
  ResponseEntity<Void> offset(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
      @PathVariable String uploadId, @RequestHeader(name = "Tus-Resumable", required = false) @Nullable String version) {
    requireVersion(version);
    UploadRepository.Upload upload = uploads.get(user, id, uploadId);
    return ResponseEntity.ok().header("Tus-Resumable", VERSION).cacheControl(CacheControl.noStore())
        .header("Upload-Offset", String.valueOf(upload.offset()))
        .header("Upload-Length", String.valueOf(upload.length())).build();
  }

  @RequestMapping(path = "/api/cases/{id}/materials/uploads/{uploadId}", method = RequestMethod.PATCH)
  ResponseEntity<Void> patch(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
      @PathVariable String uploadId, @RequestHeader(name = "Tus-Resumable", required = false) @Nullable String version,
      @RequestHeader(name = "Upload-Offset", required = false) @Nullable String offset,
      @RequestHeader(name = "Content-Type", required = false) @Nullable String contentType,
      HttpServletRequest request) throws IOException {
    requireVersion(version);
    if (contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith(OFFSET_TYPE)) {
      throw new ApiException(MaterialProblem.PATCH_TYPE);
    }
    UploadService.Patched patched = uploads.patch(user, id, uploadId, number(offset, "Upload-Offset"),
        request.getContentLengthLong(), request.getInputStream());
    var response = ResponseEntity.noContent().header("Tus-Resumable", VERSION)
        .header("Upload-Offset", String.valueOf(patched.offset()));
    if (patched.pageId() != null) {
      response.header("Material-Page-Id", String.valueOf(patched.pageId()));
    }
    return response.build();
  }

  @RequestMapping(path = "/api/cases/{id}/materials/uploads/{uploadId}", method = RequestMethod.DELETE)
  ResponseEntity<Void> terminate(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
      @PathVariable String uploadId, @RequestHeader(name = "Tus-Resumable", required = false) @Nullable String version) {
    requireVersion(version);
    uploads.terminate(user, id, uploadId);
    return ResponseEntity.status(HttpStatus.NO_CONTENT).header("Tus-Resumable", VERSION).build();
  }

  private static void requireVersion(@Nullable String version) {
    if (!VERSION.equals(version)) {
      throw new ApiException(MaterialProblem.TUS_VERSION, VERSION);
    }
  }

  private static long number(@Nullable String header, String name) {
    try {
      long value = Long.parseLong(header == null ? "" : header.trim());
      if (value < 0) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException e) {
      throw new ApiException(MaterialProblem.BAD_UPLOAD, name);
    }
  }

  /** {@code key base64,key2 base64}; a key may come without a value. */
  static Map<String, String> metadata(@Nullable String header) {
    Map<String, String> values = new LinkedHashMap<>();
    if (header == null || header.isBlank()) {
      return values;
    }
    for (String pair : header.split(",")) {
      String[] parts = pair.trim().split(" ", 2);
      try {
        values.put(parts[0], parts.length < 2 ? ""
            : new String(Base64.getDecoder().decode(parts[1].trim()), StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        throw new ApiException(MaterialProblem.BAD_UPLOAD, "Upload-Metadata");
      }
    }
    return values;
  }
}
