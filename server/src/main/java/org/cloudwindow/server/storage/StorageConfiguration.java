package org.cloudwindow.server.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.FileSystemUtils;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StorageProperties.class)
class StorageConfiguration {

  @Bean
  ObjectStore objectStore(StorageProperties properties) throws IOException {
    return switch (properties.type()) {
      case S3 -> {
        if (properties.endpoint().isBlank() || properties.accessKey().isBlank() || properties.secretKey().isBlank()) {
          throw new IllegalStateException("cloudwindow.storage.type is s3: set cloudwindow.storage.endpoint, "
              + "cloudwindow.storage.access-key and cloudwindow.storage.secret-key");
        }
        yield new MinioObjectStore(properties.endpoint(), properties.accessKey(), properties.secretKey(),
            properties.region(), properties.bucket());
      }
      case LOCAL -> {
        if (properties.directory().isBlank()) {
          Path temporary = Files.createTempDirectory("cloudwindow-objects-");
          Runtime.getRuntime().addShutdownHook(new Thread(() -> FileSystemUtils.deleteRecursively(temporary.toFile())));
          yield new LocalDiskObjectStore(temporary);
        }
        yield new LocalDiskObjectStore(Path.of(properties.directory()));
      }
    };
  }

  /** {@code storage} in {@code /actuator/health}. */
  @Bean
  HealthIndicator storageHealthIndicator(ObjectStore store) {
    return new StorageHealthIndicator(store);
  }
}
