package org.cloudwindow.server.material;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cloudwindow.server.support.Browser;
import org.cloudwindow.server.support.BrowserExtension;
import org.cloudwindow.server.support.Launcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * Benchmark, not a test (the build's test run skips it). How much the tablet's photo preparation
 * saves before upload: the web client's own code (upright, at most 2400 px, JPEG 0.85, reached
 * through {@code window.cloudwindowMaterials}) runs in headless Chromium on photo-like 12 MP
 * JPEGs made here ({@link SamplePhotos}; every fourth one taken sideways, EXIF orientation 6),
 * handed over through a file input as a worker's picker would. Per photo: bytes in and out,
 * ratio, output size in pixels and the time the page took.
 *
 * <p>Run: {@code ./mvnw -B -q install -DskipTests && cd server && ../mvnw -B test -Dtest=ClientCompressionBenchmark}
 * <br>Figures are printed and written to {@code server/target/bench/client-compression.txt}.
 */
class ClientCompressionBenchmark {

  private static final int PHOTOS = Integer.getInteger("bench.photos", 8);
  private static final int WIDTH = 4000;
  private static final int HEIGHT = 3000;

  private static final String PREPARE = """
      const input = document.getElementById('bench-photo');
      const done = arguments[arguments.length - 1];
      const file = input.files[0];
      const start = performance.now();
      window.cloudwindowMaterials.prepareFile(file).then(async (prepared) => {
        const ms = performance.now() - start;
        const bitmap = await createImageBitmap(prepared);
        done({ in: file.size, out: prepared.size, type: prepared.type, name: prepared.name,
               width: bitmap.width, height: bitmap.height, ms });
        bitmap.close();
      }, (error) => done({ error: String(error) }));
      """;

  @RegisterExtension
  BrowserExtension browsers = new BrowserExtension();

  @TempDir
  Path photos;

  @Test
  void compressionOfTwelveMegapixelPhotos() throws Exception {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < PHOTOS; i++) {
      // As a phone writes them: EXIF with the orientation it was held in, and where it was.
      byte[] jpeg = org.cloudwindow.server.material.Files.withExif(SamplePhotos.jpeg(WIDTH, HEIGHT, 500 + i),
          sideways(i) ? 6 : 1, true);
      Path file = photos.resolve(String.format(Locale.ROOT, "IMG_%04d.jpg", i + 1));
      Files.write(file, jpeg);
      files.add(file);
    }
    try (var app = Launcher.start("demo", "--cloudwindow.embedded-db.data-directory=", "--cloudwindow.tls.enabled=false",
        "--cloudwindow.storage.directory=", "--logging.level.org.cloudwindow=WARN")) {
      int port = ((WebServerApplicationContext) app).getWebServer().getPort();
      Browser tablet = browsers.open("tablet", port).go("/login");
      tablet.waitUntil(d -> Boolean.TRUE.equals(tablet.script("return !!window.cloudwindowMaterials")));
      tablet.script("const input = document.createElement('input'); input.type = 'file'; input.id = 'bench-photo';"
          + "input.accept = 'image/*'; document.body.appendChild(input);");
      prepare(tablet, files.get(0)); // warm-up: the first decode loads the codecs
      List<String> lines = new ArrayList<>();
      long in = 0;
      long out = 0;
      double ms = 0;
      for (Path file : files) {
        Map<String, Object> r = prepare(tablet, file);
        boolean sideways = sideways(files.indexOf(file));
        String expected = sideways ? "1800x2400" : "2400x1800";
        String size = r.get("width") + "x" + r.get("height");
        if (!expected.equals(size) || !"image/jpeg".equals(r.get("type"))) {
          throw new IllegalStateException(file.getFileName() + ": expected a " + expected + " JPEG, got " + r);
        }
        long bytesIn = ((Number) r.get("in")).longValue();
        long bytesOut = ((Number) r.get("out")).longValue();
        double took = ((Number) r.get("ms")).doubleValue();
        in += bytesIn;
        out += bytesOut;
        ms += took;
        lines.add(String.format(Locale.ROOT, "%-13s %-9s %-11s %8.2f MB %8.0f KB %6.1f:1 %-10s %6.0f ms", file.getFileName(),
            WIDTH + "x" + HEIGHT, sideways ? "6 (turned)" : "1", bytesIn / 1048576.0, bytesOut / 1024.0,
            (double) bytesIn / bytesOut, size, took));
      }
      StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
          "Client photo preparation (web client prepareFile: upright, <= 2400 px, JPEG 0.85) in headless Chromium %s,%n"
              + "%d photo-like %dx%d JPEGs (quality 0.92, EXIF with GPS)%n",
          tablet.driver().getCapabilities().getBrowserVersion(), PHOTOS, WIDTH, HEIGHT));
      report.append(String.format(Locale.ROOT, "%-13s %-9s %-11s %11s %11s %8s %-10s %9s%n", "photo", "pixels", "orientation",
          "in", "out", "ratio", "out px", "time"));
      lines.forEach(line -> report.append(line).append('\n'));
      report.append(String.format(Locale.ROOT, "%-35s %8.2f MB %8.0f KB %6.1f:1 %-10s %6.0f ms (mean)%n", "all",
          in / 1048576.0, out / 1024.0, (double) in / out, "", ms / PHOTOS));
      System.out.println(report);
      Path target = Path.of("target/bench/client-compression.txt");
      Files.createDirectories(target.getParent());
      Files.writeString(target, report);
    }
  }

  /** Every fourth photo was taken with the tablet turned: EXIF orientation 6. */
  private static boolean sideways(int index) {
    return index % 4 == 3;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> prepare(Browser tablet, Path file) {
    var input = tablet.driver().findElement(By.id("bench-photo"));
    tablet.script("arguments[0].value = '';", input);
    input.sendKeys(file.toAbsolutePath().toString());
    Map<String, Object> result = (Map<String, Object>) tablet.driver().executeAsyncScript(PREPARE);
    if (result.containsKey("error")) {
      throw new IllegalStateException(file.getFileName() + ": " + result.get("error"));
    }
    return result;
  }
}
