package org.cloudwindow.server.notice;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.cloudwindow.server.support.Pdfs;
import org.junit.jupiter.api.Test;

/**
 * The three notices as a resident gets them: each opens, poppler's {@code pdftotext} reads the
 * Chinese back (so the font maps to Unicode), the QR code on the rendered page decodes to the
 * tracking address, long lists flow over pages whole, and only an embedded subset of the font is
 * in the file. Page renders go to {@code target/notices/} for a person to look at.
 */
class NoticePdfTest {

  private final NoticeService notices = NoticeSamples.service();

  @Test
  void theAcceptanceNoticeReadsBackAndItsQrCodeOpensTracking() throws Exception {
    byte[] pdf = notices.acceptance(NoticeSamples.acceptance(NoticeSamples.signaturePng()));

    String text = pdftotext(pdf, "acceptance");
    assertThat(text).contains("受理通知书", NoticeSamples.CASE_NUMBER, "张秀英", "330***********1234", "高龄津贴申领",
        "丧葬补贴申领", "户口簿", "王丽", "民政窗口", "高桥镇便民服务中心", "2026年11月22日", "2026年12月4日");
    assertThat(text).doesNotContain("330203194001011234");

    try (PDDocument document = Loader.loadPDF(pdf)) {
      BufferedImage page = render(document, 0, "acceptance");
      assertThat(decodeQr(page)).isEqualTo(NoticeSamples.BASE_URL + "/track?case=" + NoticeSamples.CASE_NUMBER);
      assertThat(document.getPage(0).getResources().getXObjectNames()).as("the signature image").isNotEmpty();
      assertEmbeddedSubsets(document);
    }
  }

  @Test
  void aSupplementNoticeOfFortyItemsSpansPagesWithEveryItemAndTheLaw() throws Exception {
    byte[] pdf = notices.supplement(NoticeSamples.supplement(40));

    String text = pdftotext(pdf, "supplement");
    assertThat(text).contains("补正告知书", "办件1042", "第三十二条", "《中华人民共和国行政许可法》", "2026年11月27日",
        "共40项");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String drawn = drawnText(document);
      for (SupplementNotice.Item item : NoticeSamples.supplement(40).items()) {
        assertThat(drawn).as("every item whole").contains(item.name() + item.reason());
      }
      assertThat(document.getNumberOfPages()).isGreaterThan(2);
      for (int i = 0; i < document.getNumberOfPages(); i++) {
        render(document, i, "supplement");
      }
      assertEmbeddedSubsets(document);
    }
    assertThat(text).contains("第1页共").contains("高桥镇便民服务中心");
  }

  @Test
  void aSupplementNoticeMayAskInTheClerksWordsAlone() throws Exception {
    SupplementNotice listed = NoticeSamples.supplement(1);
    var words = new SupplementNotice(listed.reference(), listed.applicant(), listed.matters(), List.of(),
        listed.issuer(), listed.submittedOn(), listed.issuedOn(), listed.deadline(), "  请携带近期一寸免冠照片两张  ");

    String text = pdftotext(notices.supplement(words), "supplement-words");
    assertThat(text).contains("补正告知书", "经办人说明：请携带近期一寸免冠照片两张", "2026年11月27日")
        .doesNotContain("共0项", "序号");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SupplementNotice(listed.reference(),
        listed.applicant(), listed.matters(), List.of(), listed.issuer(), listed.submittedOn(), listed.issuedOn(),
        listed.deadline(), " ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theRefusalNoticeGivesReasonsAndTheRightsOfReviewAndLawsuit() throws Exception {
    byte[] pdf = notices.refusal(NoticeSamples.refusal());

    String text = pdftotext(pdf, "refusal");
    assertThat(text).contains("不予受理通知书", "办件1043", "未满八十周岁", "不属于本机关职权范围", "六十日",
        "行政复议", "六个月", "行政诉讼", "2026年11月22日", "高桥镇便民服务中心");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      render(document, 0, "refusal");
      assertEmbeddedSubsets(document);
    }
  }

  @Test
  void textTheFontLacksAndControlCharactersStillMakeANotice() throws Exception {
    var odd = new SupplementNotice("办件\n9", new NoticeApplicant("王\u0000𠀾\uD83D\uDE00芳", "33020319400101123X"),
        NoticeSamples.MATTERS, List.of(new SupplementNotice.Item(SupplementNotice.Kind.FIELD, "备注\t字段",
            "一行\r\n又一行，" + "很长的没有空格的英文ABCDEFGHIJKLMNOPQRSTUVWXYZ".repeat(12))),
        NoticeSamples.ISSUER, NoticeSamples.refusal().submittedOn(), NoticeSamples.refusal().issuedOn(),
        NoticeSamples.refusal().issuedOn());

    byte[] pdf = notices.supplement(odd);
    String text = pdftotext(pdf, "odd");
    assertThat(text).contains("王□□芳", "又一行", "330***********123X", "编号：办件9");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(drawnText(document)).contains("很长的没有空格的英文ABCDEFGHIJKLMNOPQRSTUVWXYZ".repeat(12));
    }
  }

  /** Without whitespace: wrapped lines break phrases such as 第三十二条 anywhere. */
  private static String pdftotext(byte[] pdf, String name) throws IOException, InterruptedException {
    return Pdfs.text(pdf, Files.createDirectories(Path.of("target", "notices")).resolve(name + ".pdf"));
  }

  /**
   * The text in drawing order (each table cell's lines together), without line breaks, after
   * checking every glyph lies inside the page's margins: nothing is clipped or runs off the paper.
   */
  private static String drawnText(PDDocument document) throws IOException {
    StringBuilder drawn = new StringBuilder();
    PDFTextStripper stripper = new PDFTextStripper() {
      @Override
      protected void writeString(String text, List<TextPosition> positions) {
        for (TextPosition glyph : positions) {
          PDRectangle page = PDRectangle.A4;
          assertThat(glyph.getXDirAdj()).as(text).isBetween(40f, page.getWidth() - 40f);
          assertThat(glyph.getXDirAdj() + glyph.getWidthDirAdj()).as(text).isLessThan(page.getWidth() - 40f);
          assertThat(glyph.getYDirAdj()).as(text).isBetween(40f, page.getHeight() - 20f);
        }
        drawn.append(text);
      }
    };
    stripper.setSortByPosition(false);
    stripper.getText(document);
    return drawn.toString().replaceAll("\\s", "");
  }

  private static BufferedImage render(PDDocument document, int page, String name) throws IOException {
    BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page, 110, ImageType.RGB);
    ImageIO.write(image, "png", Path.of("target", "notices", name + "-" + (page + 1) + ".png").toFile());
    return image;
  }

  private static String decodeQr(BufferedImage image) throws Exception {
    var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
    return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, true)).getText();
  }

  /** Every font is a Type 0 font with its file embedded, and its name has the subset tag (ABCDEF+). */
  private static void assertEmbeddedSubsets(PDDocument document) throws IOException {
    List<String> fonts = new ArrayList<>();
    for (PDPage page : document.getPages()) {
      for (COSName name : page.getResources().getFontNames()) {
        PDFont font = page.getResources().getFont(name);
        assertThat(font).isInstanceOf(PDType0Font.class);
        assertThat(((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile2()).isNotNull();
        assertThat(font.isEmbedded()).isTrue();
        fonts.add(font.getName());
      }
    }
    assertThat(fonts).isNotEmpty().allMatch(name -> name.matches("[A-Z]{6}\\+NotoSansSC.*"));
  }
}
