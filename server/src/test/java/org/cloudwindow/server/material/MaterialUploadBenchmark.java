package org.cloudwindow.server.material;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cloudwindow.server.storage.S3MockServer;
import org.cloudwindow.server.support.Launcher;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * Benchmark, not a test (the build's test run skips it). Uploads PDFs through the tus endpoint
 * on loopback, in 1 MB chunks like a tablet, and reports MB/s from the first byte to the last
 * stored page (parts written, assembled, checked, stored, recorded) for each object store
 * adapter: local disk, and S3 (against S3Mock in its own JVM).
 *
 * <p>Run: {@code ./mvnw -B -q install -DskipTests && cd server && ../mvnw -B test -Dtest=MaterialUploadBenchmark}
 * <br>Figures are printed and written to {@code server/target/bench/materials-upload.txt}.
 */
class MaterialUploadBenchmark {

  private static final int FILES = Integer.getInteger("bench.files", 12);
  private static final int SIZE_MB = Integer.getInteger("bench.size-mb", 8);
  private static final int PARALLEL = Integer.getInteger("bench.parallel", 4);

  @Test
  void uploadThroughputPerObjectStore() throws Exception {
    List<byte[]> files = new ArrayList<>();
    for (int i = 0; i < FILES; i++) {
      files.add(org.cloudwindow.server.material.Files.bigPdf(SIZE_MB * 1024 * 1024, i));
    }
    StringBuilder report = new StringBuilder("Material upload throughput (tus, 1 MB chunks, loopback), " + FILES
        + " PDFs of ~" + SIZE_MB + " MB\n");
    report.append(run("local", files));
    report.append(run("s3", files, "--cloudwindow.storage.type=s3", "--cloudwindow.storage.endpoint=" + S3MockServer.endpoint(),
        "--cloudwindow.storage.access-key=bench", "--cloudwindow.storage.secret-key=bench-secret-key",
        "--cloudwindow.storage.bucket=bench-" + System.nanoTime()));
    System.out.println(report);
    Path out = Path.of("target/bench/materials-upload.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report);
  }

  private String run(String adapter, List<byte[]> files, String... extra) throws Exception {
    List<String> args = new ArrayList<>(List.of("--cloudwindow.embedded-db.data-directory=", "--cloudwindow.tls.enabled=false",
        "--cloudwindow.storage.directory=", "--logging.level.org.cloudwindow=WARN"));
    args.addAll(List.of(extra));
    try (var app = Launcher.start("demo", args.toArray(String[]::new))) {
      int port = ((WebServerApplicationContext) app).getWebServer().getPort();
      StringBuilder lines = new StringBuilder();
      try (MaterialCase c = new MaterialCase(port, "worker-liangzhu")) {
        TusClient tus = new TusClient(port, c.worker);
        upload(tus, c.caseId, files.subList(0, 2), 1); // warm-up
        lines.append(line(adapter, "1 at a time", upload(tus, c.caseId, files, 1), files));
        lines.append(line(adapter, PARALLEL + " at a time", upload(tus, c.caseId, files, PARALLEL), files));
      }
      return lines.toString();
    }
  }

  private static long upload(TusClient tus, long caseId, List<byte[]> files, int parallel) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(parallel);
    long start = System.nanoTime();
    try {
      List<Future<HttpResponse<String>>> done = new ArrayList<>();
      for (int i = 0; i < files.size(); i++) {
        byte[] file = files.get(i);
        String name = "bench-" + i + ".pdf";
        done.add(pool.submit(() -> tus.upload(caseId, file, TusClient.meta("HOUSEHOLD_REGISTER", name, "application/pdf"),
            1024 * 1024)));
      }
      for (Future<HttpResponse<String>> response : done) {
        if (response.get().statusCode() != 204) {
          throw new IllegalStateException(response.get().body());
        }
      }
      return System.nanoTime() - start;
    } finally {
      pool.shutdownNow();
    }
  }

  private static String line(String adapter, String mode, long nanos, List<byte[]> files) {
    double mb = files.stream().mapToLong(f -> f.length).sum() / 1024.0 / 1024.0;
    double seconds = nanos / 1e9;
    return String.format(Locale.ROOT, "%-6s %-12s %7.1f MB in %6.2f s = %6.1f MB/s%n", adapter, mode, mb, seconds, mb / seconds);
  }
}
