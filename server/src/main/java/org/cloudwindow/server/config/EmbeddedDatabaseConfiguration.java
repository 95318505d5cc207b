package org.cloudwindow.server.config;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL server (binaries from Maven Central) when no external database is
 * configured, so the run command needs nothing installed. As root, zonky runs initdb and postgres
 * inside {@code unshare -U} (a user namespace), which is how initdb's refusal of root is avoided.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
    var builder = EmbeddedPostgres.builder().setPGStartupWait(properties.startupTimeout());
    String directory = properties.dataDirectory();
    if (directory == null || directory.isBlank()) {
      builder.setCleanDataDirectory(true);
    } else {
      Path dataDirectory = Path.of(directory).toAbsolutePath().normalize();
      Files.createDirectories(dataDirectory.getParent());
      // zonky turns fsync and synchronous_commit off for speed; real data needs them on.
      builder
          .setDataDirectory(dataDirectory)
          .setCleanDataDirectory(false)
          .setServerConfig("fsync", "on")
          .setServerConfig("synchronous_commit", "on");
    }
    if (properties.port() > 0) {
      builder.setPort(properties.port());
    }
    EmbeddedPostgres postgres = builder.start();
    log.info("Embedded PostgreSQL started on 127.0.0.1:{} with data in {}", postgres.getPort(),
        directory == null || directory.isBlank() ? "a temporary directory" : directory);
    return postgres;
  }

  @Bean(destroyMethod = "close")
  DataSource dataSource(EmbeddedPostgres postgres) {
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    dataSource.setPoolName("embedded");
    dataSource.setMaximumPoolSize(10);
    return dataSource;
  }
}
