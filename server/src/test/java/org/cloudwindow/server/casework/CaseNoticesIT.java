package org.cloudwindow.server.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cloudwindow.server.casework.CaseLifecycleIT.fillForm;
import static org.cloudwindow.server.casework.CaseLifecycleIT.ok;
import static org.cloudwindow.server.casework.CaseLifecycleIT.step;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.cloudwindow.server.material.CaseMaterialsFixture;
import org.cloudwindow.server.support.ApiClient;
import org.cloudwindow.server.support.IntegrationTest;
import org.cloudwindow.server.support.Pdfs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The written notices of real cases as the API serves them: the acceptance notice once a case is
 * accepted (its number, the materials received, the clerk, the signature, a QR code to tracking),
 * the supplement notice with everything asked for and the deadline, the refusal notice with the
 * reasons and the applicant's remedies; 404 before, and nothing for those who may not open the case.
 */
@IntegrationTest
class CaseNoticesIT {

  @LocalServerPort
  int port;

  @Value("${cloudwindow.notice.public-base-url}")
  String publicBaseUrl;

  @Test
  void anAcceptedCaseHasAReceiptWithItsNumberMaterialsSignatureAndTrackingQrCode() throws Exception {
    try (var c = new CaseFixture(port, "worker-liangzhu", "clerk-gaoqiao", "高龄津贴")) {
      for (String notice : new String[] {"receipt.pdf", "notices/supplement.pdf", "notices/refusal.pdf"}) {
        ApiClient.Response none = c.worker.get("/api/cases/" + c.caseId + "/" + notice);
        assertThat(none.status()).as(notice).isEqualTo(404);
        assertThat(none.problemCode()).isEqualTo("case.no-notice");
      }
      fillForm(c);
      CaseMaterialsFixture.uploadMandatory(port, c.worker, c.caseId);
      ok(c.worker.postBytes("/api/cases/" + c.caseId + "/signature", "image/png", CaseSignatureIT.signature("png")));
      ok(step(c.worker, c, "submit"));
      assertThat(c.clerk.get("/api/cases/" + c.caseId + "/receipt.pdf").problemCode()).as("submitted only")
          .isEqualTo("case.no-notice");
      CaseMaterialsFixture.verifyUploaded(c.clerk, c.caseId);
      JsonNode accepted = ok(step(c.clerk, c, "accept"));
      String number = accepted.path("caseNumber").asString();

      HttpResponse<byte[]> receipt = pdf(c.worker, c.caseId, "receipt.pdf", "受理通知书-" + number);
      String text = Pdfs.text(receipt.body(), "receipt");
      assertThat(text).contains("受理通知书", "编号：" + number, c.applicantName, "高龄津贴申领", "330203-MZ-0001",
          "居民身份证", "居民户口簿", "本人银行卡或存折", "李娜", "高桥镇", chinese(LocalDate.parse(accepted
              .path("promisedBy").asString())), "受理编号" + number);
      assertThat(text).as("the ID number masked").doesNotContain(c.idNumber)
          .contains(c.idNumber.substring(0, 3) + "***********" + c.idNumber.substring(14));
      assertThat(text).as("an optional slot left empty is not received").doesNotContain("授权委托书");
      assertThat(Pdfs.qrCode(receipt.body(), "receipt")).isEqualTo(publicBaseUrl.replaceAll("/+$", "") + "/track?case="
          + URLEncoder.encode(number, StandardCharsets.UTF_8));
      assertThat(Pdfs.images(receipt.body())).as("the applicant's signature").isEqualTo(1);

      assertThat(c.clerk.getBytes("/api/cases/" + c.caseId + "/receipt.pdf?download=true").headers()
          .firstValue("Content-Disposition").orElse("")).startsWith("attachment");
      assertThat(new ApiClient(port).signedInAs("coordinator").getBytes("/api/cases/" + c.caseId + "/receipt.pdf")
          .statusCode()).as("a coordinator above may read it").isEqualTo(200);
      for (String stranger : new String[] {"worker-gulin", "clerk-gulin"}) {
        HttpResponse<byte[]> refused = new ApiClient(port).signedInAs(stranger)
            .getBytes("/api/cases/" + c.caseId + "/receipt.pdf");
        assertThat(refused.statusCode()).as(stranger).isIn(403, 404);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).doesNotContain("pdf");
      }
      assertThat(new ApiClient(port).getBytes("/api/cases/" + c.caseId + "/receipt.pdf").statusCode())
          .as("signed out").isEqualTo(401);
      assertThat(c.worker.get("/api/cases/" + c.caseId + "/notices/supplement.pdf").status()).isEqualTo(404);
      assertThat(c.worker.get("/api/cases/" + c.caseId + "/notices/refusal.pdf").status()).isEqualTo(404);
    }
  }

  @Test
  void aSupplementRequestAndThenARefusalEachHaveTheirNotice() throws Exception {
    try (var c = new CaseFixture(port, "worker-liangzhu", "clerk-gaoqiao", "高龄津贴")) {
      fillForm(c);
      ok(step(c.worker, c, "submit"));
      JsonNode asked = ok(step(c.clerk, c, "request-supplement", "reason", "另请携带近期一寸照片"));
      String reference = "办件" + c.caseId;

      HttpResponse<byte[]> supplement = pdf(c.worker, c.caseId, "notices/supplement.pdf", "补正告知书-" + reference);
      String text = Pdfs.text(supplement.body(), "supplement");
      assertThat(text).contains("补正告知书", "编号：" + reference, c.applicantName, "第三十二条", "共3项",
          "居民身份证", "居民户口簿", "本人银行卡或存折", "未提交", "另请携带近期一寸照片", "李娜",
          chinese(LocalDate.parse(asked.path("supplementDeadline").asString())));
      assertThat(text).doesNotContain(c.idNumber);

      ok(step(c.worker, c, "submit"));
      ok(step(c.clerk, c, "not-accept", "reason", "申请人未满八十周岁\n户籍不在本镇"));
      HttpResponse<byte[]> refusal = pdf(c.clerk, c.caseId, "notices/refusal.pdf", "不予受理通知书-" + reference);
      String refused = Pdfs.text(refusal.body(), "refusal");
      assertThat(refused).contains("不予受理通知书", "编号：" + reference, "1.申请人未满八十周岁", "2.户籍不在本镇",
          "行政复议", "行政诉讼", "六十日", "六个月", "李娜", chinese(LocalDate.now(WorkingDays.ZONE)));

      assertThat(c.worker.getBytes("/api/cases/" + c.caseId + "/notices/supplement.pdf").statusCode())
          .as("the record of what was asked stays").isEqualTo(200);
      assertThat(c.worker.get("/api/cases/" + c.caseId + "/receipt.pdf").problemCode()).isEqualTo("case.no-notice");
      assertThat(new ApiClient(port).signedInAs("worker-gulin")
          .getBytes("/api/cases/" + c.caseId + "/notices/refusal.pdf").statusCode()).isIn(403, 404);
    }
  }

  /** A notice as the browser gets it: a PDF, never cached, shown inline under its Chinese name. */
  private static HttpResponse<byte[]> pdf(ApiClient user, long caseId, String notice, String name) {
    HttpResponse<byte[]> response = user.getBytes("/api/cases/" + caseId + "/" + notice);
    assertThat(response.statusCode()).as(notice).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("private, no-store");
    assertThat(response.headers().firstValue("Content-Disposition").orElse("")).startsWith("inline")
        .contains("filename*=UTF-8''" + URLEncoder.encode(name + ".pdf", StandardCharsets.UTF_8));
    return response;
  }

  private static String chinese(LocalDate date) {
    return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
  }
}
