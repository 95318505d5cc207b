package org.cloudwindow.server.material;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cloudwindow.server.identity.CurrentUser;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The checklist, the clerk's check, page order and removal, and authorised downloads. */
@RestController
class MaterialController {

  private final MaterialService materials;

  MaterialController(MaterialService materials) {
    this.materials = materials;
  }

  @GetMapping("/api/cases/{id}/materials")
  Checklist checklist(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
    return materials.checklist(user, id);
  }

  @PostMapping("/api/cases/{id}/materials/{mid:\\d+}/verify")
  Checklist verify(@AuthenticationPrincipal CurrentUser clerk, @PathVariable long id, @PathVariable long mid) {
    return materials.verify(clerk, id, mid);
  }

  @PostMapping("/api/cases/{id}/materials/{mid:\\d+}/reject")
  Checklist reject(@AuthenticationPrincipal CurrentUser clerk, @PathVariable long id, @PathVariable long mid,
      @RequestBody Rejection rejection) {
    return materials.reject(clerk, id, mid, rejection.reason());
  }

  @PutMapping("/api/cases/{id}/materials/{mid:\\d+}/pages")
  Checklist reorder(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long mid,
      @RequestBody Order order) {
    return materials.reorder(user, id, mid, order.pageIds() == null ? List.of() : order.pageIds());
  }

  @DeleteMapping("/api/cases/{id}/materials/{mid:\\d+}/pages/{pageId}")
  Checklist remove(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long mid,
      @PathVariable long pageId) {
    return materials.removePage(user, id, mid, pageId);
  }

  /** The page's file; ranges are served by Spring from the resource's length. */
  @GetMapping("/api/cases/{id}/materials/pages/{pageId}/content")
  ResponseEntity<Resource> content(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
      @PathVariable long pageId, @RequestParam(defaultValue = "false") boolean download) {
    return send(materials.content(user, id, pageId, false), download);
  }

  @GetMapping("/api/cases/{id}/materials/pages/{pageId}/thumbnail")
  ResponseEntity<Resource> thumbnail(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
      @PathVariable long pageId) {
    return send(materials.content(user, id, pageId, true), false);
  }

  /**
   * Private caching only (personal documents must not sit in shared caches), and the name in
   * RFC 5987 form so Chinese names survive.
   */
  private static ResponseEntity<Resource> send(MaterialService.Download file, boolean download) {
    ContentDisposition disposition = (download ? ContentDisposition.attachment() : ContentDisposition.inline())
        .filename(file.fileName(), StandardCharsets.UTF_8).build();
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
        .cacheControl(CacheControl.noCache().cachePrivate())
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
        .header(HttpHeaders.ACCEPT_RANGES, "bytes").body(file.resource());
  }

  record Rejection(String reason) {}

  record Order(List<Long> pageIds) {}
}
