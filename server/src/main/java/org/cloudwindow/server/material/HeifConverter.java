package org.cloudwindow.server.material;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.heif.HeifDirectory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.cloudwindow.server.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Turns a HEIC/HEIF photo into a JPEG by running libheif's {@code heif-convert} in a private
 * temporary directory (no shell, fixed arguments), stopped when it runs too long or writes too
 * much. The JPEG then goes through the same re-encoding as any other photo, so nothing of the
 * tool's output (EXIF it copies over) reaches storage. When the tool is missing, HEIC/HEIF is
 * refused with {@link MaterialProblem#HEIC_UNSUPPORTED}, as before conversion existed.
 */
@Component
class HeifConverter {

  private static final Logger log = LoggerFactory.getLogger(HeifConverter.class);
  /** heif-convert numbers its outputs when a file holds several top-level images (a burst). */
  private static final List<String> OUTPUTS = List.of("out.jpg", "out-1.jpg");

  private final MaterialsProperties.Heif settings;
  private final long maxPixels;
  /** Decoding is CPU-bound: more conversions at once than cores only makes each slower. */
  private final Semaphore running = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));

  HeifConverter(MaterialsProperties properties) {
    this.settings = properties.heif();
    this.maxPixels = properties.maxPixels();
    if (!available()) {
      log.warn("HEIC/HEIF photos will be refused: {} is missing (Debian: apt-get install libheif-examples)",
          settings.converter());
    }
  }

  boolean available() {
    return Files.isExecutable(settings.converter());
  }

  byte[] toJpeg(byte[] heif) {
    if (!available()) {
      throw new ApiException(MaterialProblem.HEIC_UNSUPPORTED);
    }
    requireWithinPixels(heif);
    Path directory = null;
    try {
      running.acquire();
      try {
        directory = Files.createTempDirectory("cloudwindow-heif-",
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Files.write(directory.resolve("in.heic"), heif);
        return convert(directory);
      } finally {
        running.release();
      }
    } catch (IOException e) {
      log.warn("HEIF conversion could not run: {}", e.toString());
      throw new ApiException(MaterialProblem.HEIC_UNSUPPORTED);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiException(MaterialProblem.DAMAGED);
    } finally {
      if (directory != null) {
        try {
          FileSystemUtils.deleteRecursively(directory);
        } catch (IOException e) {
          log.warn("Could not remove {}: {}", directory, e.toString());
        }
      }
    }
  }

  private byte[] convert(Path directory) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(settings.converter().toString(), "--quiet", "-q", "92", "in.heic", "out.jpg")
        .directory(directory.toFile())
        .redirectErrorStream(true)
        .redirectOutput(directory.resolve("messages.txt").toFile())
        .start();
    long limit = settings.maxOutput().toBytes();
    long deadline = System.nanoTime() + settings.timeout().toNanos();
    try {
      while (!process.waitFor(50, TimeUnit.MILLISECONDS)) {
        if (System.nanoTime() > deadline) {
          log.warn("heif-convert stopped after {}: file refused", settings.timeout());
          throw new ApiException(MaterialProblem.DAMAGED);
        }
        if (written(directory) > limit) {
          throw new ApiException(MaterialProblem.IMAGE_TOO_LARGE, maxPixels / 1_000_000);
        }
      }
    } finally {
      stop(process);
    }
    if (process.exitValue() != 0) {
      log.info("heif-convert refused a file (exit {}): {}", process.exitValue(), messages(directory));
      throw new ApiException(MaterialProblem.DAMAGED);
    }
    for (String name : OUTPUTS) {
      Path out = directory.resolve(name);
      if (Files.isRegularFile(out)) {
        if (written(directory) > limit) {
          throw new ApiException(MaterialProblem.IMAGE_TOO_LARGE, maxPixels / 1_000_000);
        }
        return Files.readAllBytes(out);
      }
    }
    log.info("heif-convert wrote no image: {}", messages(directory));
    throw new ApiException(MaterialProblem.DAMAGED);
  }

  /**
   * A few bytes of HEIF can declare a gigapixel image. The header's size is checked before the
   * decoder allocates anything; for tiled photos it may name a tile, which the check after
   * conversion (and the output limit) still catch.
   */
  private void requireWithinPixels(byte[] heif) {
    long pixels = 0;
    try {
      HeifDirectory header = ImageMetadataReader.readMetadata(new ByteArrayInputStream(heif))
          .getFirstDirectoryOfType(HeifDirectory.class);
      if (header != null && header.containsTag(HeifDirectory.TAG_IMAGE_WIDTH)
          && header.containsTag(HeifDirectory.TAG_IMAGE_HEIGHT)) {
        pixels = header.getLong(HeifDirectory.TAG_IMAGE_WIDTH) * header.getLong(HeifDirectory.TAG_IMAGE_HEIGHT);
      }
    } catch (Exception unreadable) {
      // The converter is the judge of a header this reader does not understand.
    }
    if (pixels > maxPixels) {
      throw new ApiException(MaterialProblem.IMAGE_TOO_LARGE, maxPixels / 1_000_000);
    }
  }

  private static void stop(Process process) throws InterruptedException {
    if (process.isAlive()) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      process.waitFor(5, TimeUnit.SECONDS);
    }
  }

  private static long written(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(f -> !f.getFileName().toString().equals("in.heic")).mapToLong(f -> f.toFile().length()).sum();
    }
  }

  /** The tool's first words on a failure, for the log; never more than a line's worth. */
  private static String messages(Path directory) {
    try (InputStream in = Files.newInputStream(directory.resolve("messages.txt"))) {
      return new String(in.readNBytes(300), StandardCharsets.UTF_8).replaceAll("\\s+", " ").trim();
    } catch (IOException e) {
      return "";
    }
  }
}
