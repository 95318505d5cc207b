package org.cloudwindow.server.config;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded PostgreSQL started when no {@code spring.datasource.url} is given.
 *
 * @param dataDirectory where the cluster lives; kept across restarts. Blank means a temporary
 *     directory removed on shutdown (tests).
 * @param port 0 picks a free port: the data directory, not the port, is what must be stable.
 * @param startupTimeout a cold start on a loaded 2-core machine took 4 s; zonky's 10 s default
 *     is too tight under load, so 60 s.
 */
@ConfigurationProperties("cloudwindow.embedded-db")
record EmbeddedDatabaseProperties(@Nullable String dataDirectory, int port, Duration startupTimeout) {

  EmbeddedDatabaseProperties {
    startupTimeout = startupTimeout == null ? Duration.ofSeconds(60) : startupTimeout;
  }
}
