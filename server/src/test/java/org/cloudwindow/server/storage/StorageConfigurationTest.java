package org.cloudwindow.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** {@code cloudwindow.storage.type} picks the adapter. */
class StorageConfigurationTest {

  private final ApplicationContextRunner context = new ApplicationContextRunner()
      .withUserConfiguration(StorageConfiguration.class);

  @Test
  void localDiskByDefault() {
    context.withPropertyValues("cloudwindow.storage.directory=").run(app -> {
      assertThat(app).hasNotFailed();
      assertThat(app.getBean(ObjectStore.class)).isInstanceOf(LocalDiskObjectStore.class);
      assertThat(app.getBean("storageHealthIndicator", HealthIndicator.class).health().getStatus()).isEqualTo(Status.UP);
    });
  }

  @Test
  void s3CreatesTheBucketAndIsHealthy() {
    String bucket = "config-" + UUID.randomUUID();
    context.withPropertyValues("cloudwindow.storage.type=s3", "cloudwindow.storage.endpoint=" + S3MockServer.endpoint(),
        "cloudwindow.storage.access-key=test-access", "cloudwindow.storage.secret-key=test-secret",
        "cloudwindow.storage.bucket=" + bucket).run(app -> {
          assertThat(app).hasNotFailed();
          assertThat(app.getBean(ObjectStore.class)).isInstanceOf(MinioObjectStore.class);
          var health = app.getBean("storageHealthIndicator", HealthIndicator.class).health();
          assertThat(health.getStatus()).isEqualTo(Status.UP);
          assertThat(health.getDetails()).containsEntry("bucket", bucket).containsEntry("type", "s3");
        });
  }

  @Test
  void s3WithoutEndpointOrKeysRefusesToStart() {
    context.withPropertyValues("cloudwindow.storage.type=s3", "cloudwindow.storage.endpoint=http://127.0.0.1:1")
        .run(app -> assertThat(app).hasFailed().getFailure()
            .hasStackTraceContaining("cloudwindow.storage.access-key"));
  }

  @Test
  void anUnknownTypeRefusesToStart() {
    context.withPropertyValues("cloudwindow.storage.type=ftp")
        .run(app -> assertThat(app).hasFailed().getFailure().hasStackTraceContaining("ftp"));
  }
}
