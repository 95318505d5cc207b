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
    if (properties.directory().isBlank()) {
      Path temporary = Files.createTempDirectory("cloudwindow-objects-");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> FileSystemUtils.deleteRecursively(temporary.toFile())));
      return new LocalDiskObjectStore(temporary);
    }
    return new LocalDiskObjectStore(Path.of(properties.directory()));
  }

  /** {@code storage} in {@code /actuator/health}. */
  @Bean
  HealthIndicator storageHealthIndicator(ObjectStore store) {
    return new StorageHealthIndicator(store);
  }
}
