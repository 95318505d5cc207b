package org.cloudwindow.server.config;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * In production, refuses to start on the run command's conveniences: the embedded database (no
 * backups, no replication) and well-known default passwords and S3 keys. Runs as soon as it is created, and
 * the other production start-up checks depend on it by name, so these come first.
 */
@Component(ProductionChecks.BEAN_NAME)
@Profile("prod")
class ProductionChecks implements InitializingBean {

  static final String BEAN_NAME = "productionChecks";

  /** Passwords that appear in tutorials, images and our own docs. */
  static final Set<String> DEFAULT_SECRETS =
      Set.of("", "postgres", "password", "cloudwindow", "changeit", "secret", "admin", "Demo@2026", "minioadmin");

  private final ObjectProvider<EmbeddedPostgres> embedded;
  private final Environment environment;

  ProductionChecks(ObjectProvider<EmbeddedPostgres> embedded, Environment environment) {
    this.embedded = embedded;
    this.environment = environment;
  }

  @Override
  public void afterPropertiesSet() {
    if (embedded.getIfAvailable() != null) {
      fail("no external database is configured; set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME "
          + "and SPRING_DATASOURCE_PASSWORD");
    }
    String password = environment.getProperty("spring.datasource.password", "");
    if (DEFAULT_SECRETS.contains(password)) {
      fail("SPRING_DATASOURCE_PASSWORD is empty or a well-known default; use a generated secret");
    }
    if ("s3".equalsIgnoreCase(environment.getProperty("cloudwindow.storage.type", "local"))
        && DEFAULT_SECRETS.contains(environment.getProperty("cloudwindow.storage.secret-key", ""))) {
      fail("CLOUDWINDOW_STORAGE_SECRET_KEY is empty or a well-known default; use a generated secret");
    }
  }

  private static void fail(String message) {
    throw new IllegalStateException("Refusing to start with the prod profile: " + message);
  }
}
