package org.cloudwindow.server.notice;

import static org.cloudwindow.server.notice.NoticeDocument.BODY;
import static org.cloudwindow.server.notice.NoticeParts.date;

import java.io.IOException;

/** Lays out the supplement notice (补正告知书): every item at once, as art. 32 requires. */
final class SupplementNoticePdf {

  static final String TITLE = "补正告知书";

  private SupplementNoticePdf() {}

  static byte[] write(NoticeFont font, SupplementNotice notice) throws IOException {
    try (NoticeDocument document = new NoticeDocument(font, TITLE, notice.reference())) {
      NoticeParts.heading(document, TITLE, notice.reference());
      NoticeParts.salutation(document, notice.applicant());
      String count = notice.items().isEmpty() ? "" : "（共" + notice.items().size() + "项）";
      document.paragraph("您于" + date(notice.submittedOn()) + "提交的" + NoticeParts.matterNames(notice.matters())
          + "申请，经审查，申请材料不齐全或者不符合法定形式。根据《中华人民共和国行政许可法》第三十二条第一款第（四）项的规定，"
          + "现一次性告知您需要补正的全部内容" + count + "如下：", BODY, 2);
      document.down(BODY * 0.4f);

      if (!notice.items().isEmpty()) {
        NoticeTable table = new NoticeTable(document, new float[] {1.1f, 1.6f, 3.8f, 7.5f}, "序号", "类别", "补正内容",
            "补正原因");
        int n = 1;
        for (SupplementNotice.Item item : notice.items()) {
          table.row(String.valueOf(n++), item.kind() == SupplementNotice.Kind.MATERIAL ? "材料" : "填报信息", item.name(),
              item.reason());
        }
      }
      if (notice.note() != null) {
        document.down(BODY * 0.4f);
        document.paragraph((notice.items().isEmpty() ? "" : "此外，") + "经办人说明：" + notice.note(), BODY, 2);
      }

      document.down(BODY * 0.4f);
      document.paragraph("请于" + date(notice.deadline()) + "前按上述要求一并补正全部内容。补正后，本机关将重新审查您的申请。"
          + "如有疑问，请向经办窗口咨询。", BODY, 2);
      NoticeParts.handledBy(document, notice.issuer());
      NoticeParts.issuerFoot(document, notice.issuer(), notice.issuedOn());
      return document.finish();
    }
  }
}
