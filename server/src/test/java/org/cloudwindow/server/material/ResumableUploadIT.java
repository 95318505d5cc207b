package org.cloudwindow.server.material;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cloudwindow.server.storage.ObjectStore;
import org.cloudwindow.server.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** tus uploads: resuming after a dropped connection, and many at once. */
@IntegrationTest
class ResumableUploadIT {

  private static final int CHUNK = 256 * 1024;

  @LocalServerPort
  int port;

  @Autowired
  ObjectStore store;

  @Test
  void aDroppedConnectionResumesFromTheLastAcknowledgedByteAndTheHashMatches() throws Exception {
    try (MaterialCase c = new MaterialCase(port, "worker-liangzhu")) {
      byte[] file = Files.bigPdf(1_500_000, 7);
      TusClient tus = new TusClient(port, c.worker);
      HttpResponse<String> options = tus.head("/api/cases/" + c.caseId + "/materials/uploads/none");
      assertThat(options.statusCode()).isEqualTo(404);

      HttpResponse<String> created = tus.create(c.caseId, file.length,
          TusClient.encode(TusClient.meta("HOUSEHOLD_REGISTER", "户口簿.pdf", "application/pdf")));
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      assertThat(created.headers().firstValue("Tus-Resumable")).hasValue("1.0.0");
      String location = created.headers().firstValue("Location").orElseThrow();

      // Two chunks acknowledged, then the network drops half-way through the third.
      for (int offset = 0; offset < 2 * CHUNK; offset += CHUNK) {
        assertThat(tus.patch(location, offset, Arrays.copyOfRange(file, offset, offset + CHUNK)).statusCode()).isEqualTo(204);
      }
      tus.patchAndDrop(location, 2 * CHUNK, Arrays.copyOfRange(file, 2 * CHUNK, 3 * CHUNK), CHUNK / 2);

      // The tablet asks where to continue: exactly after the last acknowledged byte.
      long resumeAt = awaitOffset(tus, location);
      assertThat(resumeAt).isEqualTo(2L * CHUNK);
      int acknowledgedBefore = tus.acknowledged.size();
      HttpResponse<String> last = null;
      for (long offset = resumeAt; offset < file.length; offset += CHUNK) {
        last = tus.patch(location, offset, Arrays.copyOfRange(file, (int) offset, (int) Math.min(file.length, offset + CHUNK)));
        assertThat(last.statusCode()).as(last.body()).isEqualTo(204);
      }
      assertThat(last.headers().firstValue("Upload-Offset")).hasValue(String.valueOf(file.length));
      assertThat(last.headers().firstValue("Material-Page-Id")).isPresent();

      // No byte range acknowledged before the drop was sent again after it.
      List<long[]> resumed = tus.acknowledged.subList(acknowledgedBefore, tus.acknowledged.size());
      assertThat(resumed).allSatisfy(range -> assertThat(range[0]).isGreaterThanOrEqualTo(resumeAt));
      assertThat(resumed.stream().mapToLong(r -> r[1] - r[0]).sum()).isEqualTo(file.length - resumeAt);

      JsonNode page = c.worker.get("/api/cases/" + c.caseId + "/materials").json().path("slots").get(1)
          .path("current").path("pages").get(0);
      assertThat(page.path("sha256").asString()).isEqualTo(Files.sha256(file));
      byte[] downloaded = c.worker.getBytes(page.path("contentUrl").asString()).body();
      assertThat(Files.sha256(downloaded)).isEqualTo(Files.sha256(file));
      assertThat(store.list(UploadService.PARTS + location.substring(location.lastIndexOf('/') + 1) + "/")).isEmpty();
    }
  }

  @Test
  void twentyConcurrentUploadsOfFiveMegabytesAreAllStoredWithTheirHashes() throws Exception {
    try (MaterialCase c = new MaterialCase(port, "worker-liangzhu")) {
      TusClient tus = new TusClient(port, c.worker);
      ExecutorService pool = Executors.newFixedThreadPool(20);
      try {
        List<byte[]> files = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
          files.add(Files.bigPdf(5 * 1024 * 1024, 100 + i));
        }
        List<Future<HttpResponse<String>>> results = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
          byte[] file = files.get(i);
          String name = "第" + i + "页.pdf";
          results.add(pool.submit(() -> tus.upload(c.caseId, file, TusClient.meta("HOUSEHOLD_REGISTER", name,
              "application/pdf"), 1024 * 1024)));
        }
        for (Future<HttpResponse<String>> result : results) {
          HttpResponse<String> response = result.get();
          assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
        }
        JsonNode pages = c.worker.get("/api/cases/" + c.caseId + "/materials").json().path("slots").get(1)
            .path("current").path("pages");
        assertThat(pages.size()).isEqualTo(20);
        List<String> stored = new java.util.ArrayList<>();
        pages.forEach(p -> stored.add(p.path("sha256").asString()));
        assertThat(stored).containsExactlyInAnyOrderElementsOf(files.stream().map(Files::sha256).toList());
        for (JsonNode p : pages) {
          byte[] back = c.worker.getBytes(p.path("contentUrl").asString()).body();
          assertThat(Files.sha256(back)).isEqualTo(p.path("sha256").asString());
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }

  private static long awaitOffset(TusClient tus, String location) throws InterruptedException {
    // The server notices the dropped socket on its own thread; the offset never moves for it.
    Thread.sleep(300);
    HttpResponse<String> head = tus.head(location);
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    return Long.parseLong(head.headers().firstValue("Upload-Offset").orElseThrow());
  }
}
