package org.cloudwindow.server.material;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * libheif's command-line tools (Debian {@code libheif-examples}): {@code heif-enc} makes the
 * HEIC test photos, {@code heif-convert} is what the server converts with. On a developer's
 * machine without them the HEIC tests are skipped; in CI ({@code CI=true}, which .ci/run sets
 * and installs them) a missing tool fails the test, so HEIC support cannot silently go untested.
 */
final class HeifTools {

  static final Path CONVERT = Path.of("/usr/bin/heif-convert");
  static final Path ENCODE = Path.of("/usr/bin/heif-enc");

  private HeifTools() {}

  static boolean present() {
    return Files.isExecutable(CONVERT) && Files.isExecutable(ENCODE);
  }

  static void require() {
    if (present()) {
      return;
    }
    String missing = CONVERT + " and " + ENCODE + " are needed: apt-get install -y libheif-examples";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new IllegalStateException(missing + " (.ci/run does this)");
    }
    Assumptions.abort(missing);
  }

  /** A HEIC photo made from this JPEG by heif-enc (HEVC, as an iPhone writes it). */
  static byte[] heic(byte[] jpeg) {
    require();
    try {
      Path directory = Files.createTempDirectory("heif-test-");
      try {
        Files.write(directory.resolve("in.jpg"), jpeg);
        Process process = new ProcessBuilder(ENCODE.toString(), "-q", "60", "in.jpg", "-o", "out.heic")
            .directory(directory.toFile()).redirectErrorStream(true).redirectOutput(directory.resolve("log").toFile())
            .start();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
          process.destroyForcibly();
          throw new IllegalStateException("heif-enc failed: " + Files.readString(directory.resolve("log")));
        }
        return Files.readAllBytes(directory.resolve("out.heic"));
      } finally {
        org.springframework.util.FileSystemUtils.deleteRecursively(directory);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
