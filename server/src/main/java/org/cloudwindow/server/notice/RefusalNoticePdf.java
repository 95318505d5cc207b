package org.cloudwindow.server.notice;

import static org.cloudwindow.server.notice.NoticeDocument.BODY;
import static org.cloudwindow.server.notice.NoticeParts.date;

import java.io.IOException;

/** Lays out the refusal notice (不予受理通知书): the reasons and the applicant's legal remedies. */
final class RefusalNoticePdf {

  static final String TITLE = "不予受理通知书";

  private RefusalNoticePdf() {}

  static byte[] write(NoticeFont font, RefusalNotice notice) throws IOException {
    try (NoticeDocument document = new NoticeDocument(font, TITLE, notice.reference())) {
      NoticeParts.heading(document, TITLE, notice.reference());
      NoticeParts.salutation(document, notice.applicant());
      document.paragraph("您于" + date(notice.submittedOn()) + "提交的" + NoticeParts.matterNames(notice.matters())
          + "申请，经审查，本机关决定不予受理，理由如下：", BODY, 2);
      int n = 1;
      for (String reason : notice.reasons()) {
        if (!reason.isBlank()) {
          document.paragraph(n++ + ". " + reason, BODY, 2);
        }
      }
      document.down(BODY * 0.4f);
      document.paragraph("如对本决定不服，您可以自收到本通知书之日起六十日内依法申请行政复议，"
          + "或者自收到本通知书之日起六个月内依法向人民法院提起行政诉讼。", BODY, 2);
      NoticeParts.handledBy(document, notice.issuer());
      NoticeParts.issuerFoot(document, notice.issuer(), notice.issuedOn());
      return document.finish();
    }
  }
}
