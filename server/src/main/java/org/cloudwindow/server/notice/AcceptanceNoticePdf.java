package org.cloudwindow.server.notice;

import static org.cloudwindow.server.notice.NoticeDocument.BODY;
import static org.cloudwindow.server.notice.NoticeParts.date;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Lays out the acceptance notice (受理通知书). */
final class AcceptanceNoticePdf {

  static final String TITLE = "受理通知书";
  private static final float QR = 92f;
  private static final float SIGNATURE_WIDTH = 150f;
  private static final float SIGNATURE_HEIGHT = 56f;

  private AcceptanceNoticePdf() {}

  static byte[] write(NoticeFont font, AcceptanceNotice notice, String trackingUrl) throws IOException {
    try (NoticeDocument document = new NoticeDocument(font, TITLE, notice.caseNumber())) {
      NoticeParts.heading(document, TITLE, notice.caseNumber());
      NoticeParts.salutation(document, notice.applicant());
      document.paragraph("您于" + date(notice.submittedOn()) + "提交的" + NoticeParts.matterNames(notice.matters())
          + "申请，经审查，申请材料齐全、符合法定形式，本机关决定予以受理。现将有关事项告知如下：", BODY, 2);

      document.heading("一、受理事项");
      NoticeParts.matters(document, notice.matters());

      document.heading("二、已收取的申请材料");
      if (notice.materials().isEmpty()) {
        document.paragraph("无。", BODY, 2);
      } else {
        NoticeTable table = new NoticeTable(document, new float[] {1, 10, 2}, "序号", "材料名称", "页数");
        int n = 1;
        for (AcceptanceNotice.Material material : notice.materials()) {
          table.row(String.valueOf(n++), material.name(), String.valueOf(material.pages()));
        }
      }

      document.heading("三、办理时限");
      document.paragraph("受理日期：" + date(notice.acceptedOn()) + "；承诺办结日期：" + date(notice.promisedBy())
          + "。本机关将在承诺办结日期前作出决定，并按您选择的方式送达办理结果。", BODY, 2);

      document.heading("四、进度查询");
      tracking(document, notice.caseNumber(), trackingUrl);

      NoticeParts.handledBy(document, notice.issuer());
      closing(document, notice);
      return document.finish();
    }
  }

  /** The QR code with how to use it beside it; the two stay on one page. */
  private static void tracking(NoticeDocument document, String caseNumber, String trackingUrl) throws IOException {
    document.keep(QR + BODY * 2);
    document.down(BODY * 0.5f);
    float top = document.y();
    QrCode.draw(document.out(), trackingUrl, NoticeDocument.left() + BODY * 2, top - QR, QR);
    float textX = NoticeDocument.left() + BODY * 2 + QR + 18;
    float textWidth = NoticeDocument.left() + NoticeDocument.width() - textX;
    document.paragraph("请用手机扫描左侧二维码，输入受理编号" + caseNumber + "和申请人手机号码后四位，即可查询办理进度。",
        BODY, 0, textX, textWidth);
    document.paragraph("查询网址：" + trackingUrl, 10f, 0, textX, textWidth);
    document.down(Math.max(0, document.y() - (top - QR)));
  }

  /**
   * The applicant's signature as given on the tablet (or a line to sign on paper) at the lower
   * left, beside the issuer's foot at the lower right, so both close the notice on one page.
   */
  private static void closing(NoticeDocument document, AcceptanceNotice notice) throws IOException {
    float height = NoticeParts.footHeight(document, notice.issuer());
    document.keep(height);
    float line = document.y() - height + BODY * 1.2f;
    String label = "申请人签名：";
    float x = NoticeDocument.left() + document.type().width(label, BODY) + 6;
    document.text(label, NoticeDocument.left(), line + 4, BODY);
    PDPageContentStream out = document.out();
    byte[] png = notice.signaturePng();
    if (png != null) {
      PDImageXObject image = PDImageXObject.createFromByteArray(document.pdf(), png, "signature.png");
      float scale = Math.min(SIGNATURE_WIDTH / image.getWidth(), SIGNATURE_HEIGHT / image.getHeight());
      out.drawImage(image, x, line + 1, image.getWidth() * scale, image.getHeight() * scale);
    }
    out.setLineWidth(0.6f);
    out.moveTo(x, line);
    out.lineTo(x + SIGNATURE_WIDTH, line);
    out.stroke();
    NoticeParts.issuerFoot(document, notice.issuer(), notice.acceptedOn());
  }
}
