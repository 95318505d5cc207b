package org.cloudwindow.server.notice;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;

/** Notices filled as a township clerk would fill them, for the PDF tests. */
final class NoticeSamples {

  static final String CASE_NUMBER = "330203001-20261122-0007";
  static final String BASE_URL = "https://yunchuang.example.gov.cn";
  static final NoticeApplicant APPLICANT = new NoticeApplicant("张秀英", "330203194001011234");
  static final Issuer ISSUER = new Issuer("高桥镇便民服务中心", "民政窗口", "王丽");
  static final List<NoticeMatter> MATTERS = List.of(new NoticeMatter("330203-MZ-0012", "高龄津贴申领"),
      new NoticeMatter("330203-MZ-0031", "丧葬补贴申领"));

  private NoticeSamples() {}

  static NoticeService service() {
    return new NoticeService(new NoticeFont(), new NoticeProperties(URI.create(BASE_URL + "/")));
  }

  static AcceptanceNotice acceptance(byte[] signature) {
    return new AcceptanceNotice(CASE_NUMBER, APPLICANT, MATTERS, List.of(
        new AcceptanceNotice.Material("申请人居民身份证", 2), new AcceptanceNotice.Material("户口簿", 3),
        new AcceptanceNotice.Material("银行卡或存折复印件", 1), new AcceptanceNotice.Material("死亡医学证明（推断）书", 1)),
        ISSUER, LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 22), LocalDate.of(2026, 12, 4), signature);
  }

  static SupplementNotice supplement(int items) {
    List<SupplementNotice.Item> list = new ArrayList<>();
    IntStream.rangeClosed(1, items).forEach(i -> list.add(i % 3 == 0
        ? new SupplementNotice.Item(SupplementNotice.Kind.FIELD, "联系地址第" + i + "项",
            "填写的地址缺少门牌号，请补充完整（第" + i + "项原因）")
        : new SupplementNotice.Item(SupplementNotice.Kind.MATERIAL, "补正材料第" + i + "项",
            "照片模糊，身份证号码和有效期限无法辨认，请在光线充足处重新拍摄正反两面（第" + i + "项原因）")));
    return new SupplementNotice("办件 1042", APPLICANT, MATTERS, list, ISSUER, LocalDate.of(2026, 11, 20),
        LocalDate.of(2026, 11, 22), LocalDate.of(2026, 11, 27));
  }

  static RefusalNotice refusal() {
    return new RefusalNotice("办件 1043", APPLICANT, MATTERS.subList(0, 1), List.of(
        "申请人未满八十周岁，不符合高龄津贴的申领条件（《宁波市高龄津贴发放办法》第三条）。",
        "申请事项依法不属于本机关职权范围，请向户籍所在地街道办事处申请。"), ISSUER,
        LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 22));
  }

  /** A hand-written-looking stroke on a transparent background, as signature_pad exports it. */
  static byte[] signaturePng() throws IOException {
    BufferedImage image = new BufferedImage(600, 220, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.BLACK);
    g.setStroke(new BasicStroke(7, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.drawPolyline(new int[] {40, 120, 90, 200, 260, 230, 330, 420, 390, 520, 560},
        new int[] {150, 40, 180, 60, 170, 90, 50, 160, 80, 120, 60}, 11);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
