package org.cloudwindow.server.notice;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.cloudwindow.server.web.PersonalData;

/** The pieces every notice shares: salutation, dates in Chinese, the handling line, the issuer's foot. */
final class NoticeParts {

  /** An official seal is 42 mm across; it is stamped over the issuer's name and the date. */
  private static final float SEAL = 42f / 25.4f * 72f;
  private static final float FOOT_WIDTH = SEAL * 1.7f;

  private NoticeParts() {}

  static String date(LocalDate date) {
    return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
  }

  /** {@code “高龄津贴申领”、“丧葬补贴”} */
  static String matterNames(List<NoticeMatter> matters) {
    return matters.stream().map(m -> "“" + m.name() + "”").collect(Collectors.joining("、"));
  }

  static void heading(NoticeDocument document, String title, String reference) throws IOException {
    document.title(title);
    document.right("编号：" + reference, 10.5f);
    document.down(NoticeDocument.BODY * 0.6f);
  }

  static void salutation(NoticeDocument document, NoticeApplicant applicant) throws IOException {
    document.paragraph(applicant.name() + "（公民身份号码：" + PersonalData.maskIdNumber(applicant.idNumber()) + "）：",
        NoticeDocument.BODY, 0);
  }

  static void matters(NoticeDocument document, List<NoticeMatter> matters) throws IOException {
    NoticeTable table = new NoticeTable(document, new float[] {1, 4, 9}, "序号", "事项编码", "事项名称");
    int n = 1;
    for (NoticeMatter matter : matters) {
      table.row(String.valueOf(n++), matter.code(), matter.name());
    }
  }

  static void handledBy(NoticeDocument document, Issuer issuer) throws IOException {
    document.down(NoticeDocument.BODY * 0.4f);
    document.paragraph("经办窗口：" + issuer.siteName() + " " + issuer.windowName() + "　　经办人："
        + issuer.clerkName(), NoticeDocument.BODY, 0);
  }

  /**
   * The issuer's foot at the lower right: the site's name and the date, with room above them for
   * the seal stamped over both (its lower half may reach into the blank bottom margin), kept on
   * one page.
   */
  static void issuerFoot(NoticeDocument document, Issuer issuer, LocalDate on) throws IOException {
    float size = NoticeDocument.BODY;
    float x = NoticeDocument.left() + NoticeDocument.width() - FOOT_WIDTH;
    List<Typesetter.Line> name = siteLines(document, issuer);
    document.keep(footHeight(document, issuer));
    document.down(Math.max(0, (SEAL - textHeight(name)) / 2) + size);
    document.out().setNonStrokingColor(0.55f, 0.55f, 0.55f);
    document.text("（盖章）", x + FOOT_WIDTH - document.type().width("（盖章）", 9f), document.y() + 4, 9f);
    document.out().setNonStrokingColor(0f, 0f, 0f);
    for (Typesetter.Line line : name) {
      centred(document, line.text(), x, FOOT_WIDTH, size);
    }
    centred(document, date(on), x, FOOT_WIDTH, size);
    document.down(size);
  }

  /** The height {@link #issuerFoot} takes on the page. */
  static float footHeight(NoticeDocument document, Issuer issuer) {
    float text = textHeight(siteLines(document, issuer));
    return Math.max(0, (SEAL - text) / 2) + NoticeDocument.BODY * 2 + text;
  }

  private static List<Typesetter.Line> siteLines(NoticeDocument document, Issuer issuer) {
    return document.type().lines(issuer.siteName(), NoticeDocument.BODY, FOOT_WIDTH, 0);
  }

  private static float textHeight(List<Typesetter.Line> siteLines) {
    return (siteLines.size() + 1) * NoticeDocument.BODY * NoticeDocument.LEADING;
  }

  private static void centred(NoticeDocument document, String text, float x, float width, float size)
      throws IOException {
    document.down(size * NoticeDocument.LEADING);
    document.text(text, x + (width - document.type().width(text, size)) / 2, document.y() + size * 0.3f, size);
  }
}
