package org.cloudwindow.server.material;

import static org.assertj.core.api.Assertions.assertThat;

import org.cloudwindow.server.support.ApiClient;
import tools.jackson.databind.JsonNode;

/** For tests of other features: fills a case's mandatory materials through the real upload and check API. */
public final class CaseMaterialsFixture {

  private CaseMaterialsFixture() {}

  /** Uploads a photo into every mandatory slot missing one or rejected, as the worker; each slot's code seeds its picture. */
  public static void uploadMandatory(int port, ApiClient worker, long caseId) {
    TusClient tus = new TusClient(port, worker);
    for (JsonNode slot : worker.get("/api/cases/" + caseId + "/materials").json().path("slots")) {
      String state = slot.path("state").asString();
      if (slot.path("mandatory").asBoolean() && (state.equals("MISSING") || state.equals("REJECTED"))) {
        String code = slot.path("code").asString();
        assertThat(tus.upload(caseId, Files.jpeg(240, 160, code.hashCode()), TusClient.meta(code, code + ".jpg",
            "image/jpeg"), 1 << 20).statusCode()).as(code).isEqualTo(204);
      }
    }
  }

  /** Verifies every uploaded material as the clerk. */
  public static void verifyUploaded(ApiClient clerk, long caseId) {
    for (JsonNode slot : clerk.get("/api/cases/" + caseId + "/materials").json().path("slots")) {
      if (slot.path("state").asString().equals("UPLOADED")) {
        long material = slot.path("current").path("id").asLong();
        ApiClient.Response verified = clerk.post("/api/cases/" + caseId + "/materials/" + material + "/verify",
            java.util.Map.of());
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
      }
    }
  }

  /** Rejects the current material of a slot as the clerk. */
  public static void reject(ApiClient clerk, long caseId, String slotCode, String reason) {
    for (JsonNode slot : clerk.get("/api/cases/" + caseId + "/materials").json().path("slots")) {
      if (slot.path("code").asString().equals(slotCode)) {
        long material = slot.path("current").path("id").asLong();
        assertThat(clerk.post("/api/cases/" + caseId + "/materials/" + material + "/reject",
            java.util.Map.of("reason", reason)).status()).isEqualTo(200);
      }
    }
  }
}
