package org.cloudwindow.server.notice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Service;

/**
 * Makes the written notices as PDF bytes. Takes what a notice says, not a case: deciding when a
 * case has which notice, and who may download it, is the caller's. Every notice is A4, dated,
 * names the issuing site with room for its seal, and flows long lists over as many pages as they
 * need.
 */
@Service
public class NoticeService {

  private final NoticeFont font;
  private final NoticeProperties properties;

  NoticeService(NoticeFont font, NoticeProperties properties) {
    this.font = font;
    this.properties = properties;
  }

  /** The acceptance notice (受理通知书), with a QR code to {@link #trackingUrl}. */
  public byte[] acceptance(AcceptanceNotice notice) {
    try {
      return AcceptanceNoticePdf.write(font, notice, trackingUrl(notice.caseNumber()));
    } catch (IOException e) {
      throw new UncheckedIOException("acceptance notice of case " + notice.caseNumber(), e);
    }
  }

  /** The supplement notice (补正告知书). */
  public byte[] supplement(SupplementNotice notice) {
    try {
      return SupplementNoticePdf.write(font, notice);
    } catch (IOException e) {
      throw new UncheckedIOException("supplement notice of case " + notice.reference(), e);
    }
  }

  /** The refusal notice (不予受理通知书). */
  public byte[] refusal(RefusalNotice notice) {
    try {
      return RefusalNoticePdf.write(font, notice);
    } catch (IOException e) {
      throw new UncheckedIOException("refusal notice of case " + notice.reference(), e);
    }
  }

  /** Where the public tracking page shows this case: {@code <public base URL>/track?case=<number>}. */
  public String trackingUrl(String caseNumber) {
    String base = properties.publicBaseUrl().toString().replaceAll("/+$", "");
    return base + "/track?case=" + URLEncoder.encode(caseNumber, StandardCharsets.UTF_8);
  }
}
