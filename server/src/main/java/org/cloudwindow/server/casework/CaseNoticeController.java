package org.cloudwindow.server.casework;

import java.nio.charset.StandardCharsets;
import org.cloudwindow.server.identity.CurrentUser;
import org.cloudwindow.server.notice.AcceptanceNotice;
import org.cloudwindow.server.notice.NoticeService;
import org.cloudwindow.server.notice.RefusalNotice;
import org.cloudwindow.server.notice.SupplementNotice;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's written notices as PDF, for whoever may open the case: shown in the browser, or saved
 * with {@code ?download=true}. Never cached anywhere: they carry personal data, and a receipt
 * fetched before a later step must not be served again from a cache.
 */
@RestController
class CaseNoticeController {

  private final CaseNotices notices;
  private final NoticeService pdf;

  CaseNoticeController(CaseNotices notices, NoticeService pdf) {
    this.notices = notices;
    this.pdf = pdf;
  }

  @GetMapping("/api/cases/{id}/receipt.pdf")
  ResponseEntity<byte[]> receipt(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
      @RequestParam(defaultValue = "false") boolean download) {
    AcceptanceNotice notice = notices.acceptance(user, id);
    return send(pdf.acceptance(notice), "受理通知书-" + notice.caseNumber(), download);
  }

  @GetMapping("/api/cases/{id}/notices/supplement.pdf")
  ResponseEntity<byte[]> supplement(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
      @RequestParam(defaultValue = "false") boolean download) {
    SupplementNotice notice = notices.supplement(user, id);
    return send(pdf.supplement(notice), "补正告知书-" + notice.reference(), download);
  }

  @GetMapping("/api/cases/{id}/notices/refusal.pdf")
  ResponseEntity<byte[]> refusal(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
      @RequestParam(defaultValue = "false") boolean download) {
    RefusalNotice notice = notices.refusal(user, id);
    return send(pdf.refusal(notice), "不予受理通知书-" + notice.reference(), download);
  }

  /** The name in RFC 5987 form (as material downloads do), so the Chinese title survives. */
  private static ResponseEntity<byte[]> send(byte[] body, String name, boolean download) {
    ContentDisposition disposition = (download ? ContentDisposition.attachment() : ContentDisposition.inline())
        .filename(name + ".pdf", StandardCharsets.UTF_8).build();
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString()).body(body);
  }
}
