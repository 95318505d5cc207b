package org.cloudwindow.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

class StorageHealthIndicatorTest {

  @TempDir
  Path parent;

  @Test
  void upWhileTheDirectoryIsWritableDownWhenItIsGone() throws Exception {
    Path root = parent.resolve("objects");
    StorageHealthIndicator indicator = new StorageHealthIndicator(new LocalDiskObjectStore(root));
    Health up = indicator.health();
    assertThat(up.getStatus()).isEqualTo(Status.UP);
    assertThat(up.getDetails()).containsEntry("type", "local").containsKey("usableBytes");

    Files.delete(root);
    Health down = indicator.health();
    assertThat(down.getStatus()).isEqualTo(Status.DOWN);
    assertThat(down.getDetails().get("error").toString()).contains("not a writable directory");
  }
}
