package org.cloudwindow.server.material;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cloudwindow.server.web.ApiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/**
 * The guards around the converter process, with stand-in tools (shell scripts written here) that
 * misbehave on purpose: the server never runs a shell, these scripts are the tool it is told to run.
 */
class HeifConverterTest {

  private static final byte[] SOME_HEIC = "....ftypheic".getBytes();

  @TempDir
  Path tools;

  @Test
  void withoutTheToolHeicIsRefusedInWords() {
    HeifConverter converter = converter(tools.resolve("no-such-heif-convert"), Duration.ofSeconds(5), DataSize.ofMegabytes(1));
    assertThat(converter.available()).isFalse();
    assertThatThrownBy(() -> converter.toJpeg(SOME_HEIC)).isInstanceOfSatisfying(ApiException.class,
        e -> assertThat(e.problem()).isEqualTo(MaterialProblem.HEIC_UNSUPPORTED));
  }

  @Test
  void aConversionRunningTooLongIsStoppedAndLeavesNothing() throws Exception {
    Set<Path> before = workDirectories();
    HeifConverter converter = converter(script("sleep 30"), Duration.ofMillis(300), DataSize.ofMegabytes(1));
    long start = System.nanoTime();
    assertThatThrownBy(() -> converter.toJpeg(SOME_HEIC)).isInstanceOfSatisfying(ApiException.class,
        e -> assertThat(e.problem()).isEqualTo(MaterialProblem.DAMAGED));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    assertThat(workDirectories()).isSubsetOf(before);
  }

  @Test
  void aConversionWritingTooMuchIsStopped() throws Exception {
    Set<Path> before = workDirectories();
    HeifConverter converter = converter(script("head -c 3000000 /dev/zero > out.jpg; sleep 30"), Duration.ofSeconds(20),
        DataSize.ofMegabytes(1));
    assertThatThrownBy(() -> converter.toJpeg(SOME_HEIC)).isInstanceOfSatisfying(ApiException.class,
        e -> assertThat(e.problem()).isEqualTo(MaterialProblem.IMAGE_TOO_LARGE));
    assertThat(workDirectories()).isSubsetOf(before);
  }

  @Test
  void aFailingConversionIsADamagedFile() throws Exception {
    HeifConverter converter = converter(script("echo 'Invalid input: No meta box'; exit 1"), Duration.ofSeconds(20),
        DataSize.ofMegabytes(1));
    assertThatThrownBy(() -> converter.toJpeg(SOME_HEIC)).isInstanceOfSatisfying(ApiException.class,
        e -> assertThat(e.problem()).isEqualTo(MaterialProblem.DAMAGED));
  }

  @Test
  void theToolRunsInItsOwnDirectoryWithFixedArguments() throws Exception {
    HeifConverter converter = converter(script("test \"$*\" = '--quiet -q 92 in.heic out.jpg' || exit 3;"
        + " test \"$(stat -c %a .)\" = 700 || exit 4; cat in.heic > out.jpg"), Duration.ofSeconds(20),
        DataSize.ofMegabytes(1));
    assertThat(converter.toJpeg(SOME_HEIC)).isEqualTo(SOME_HEIC);
  }

  private Path script(String body) throws IOException {
    Path script = tools.resolve("fake-heif-convert-" + System.nanoTime());
    Files.writeString(script, "#!/bin/sh\n" + body + "\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
    return script;
  }

  private static HeifConverter converter(Path tool, Duration timeout, DataSize maxOutput) {
    return new HeifConverter(new MaterialsProperties(null, 0, 0, null,
        new MaterialsProperties.Heif(tool, timeout, maxOutput)));
  }

  private static Set<Path> workDirectories() throws IOException {
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files.filter(p -> p.getFileName().toString().startsWith("cloudwindow-heif-")).collect(Collectors.toSet());
    }
  }
}
