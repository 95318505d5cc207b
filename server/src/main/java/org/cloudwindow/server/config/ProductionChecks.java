package org.cloudwindow.server.config;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * In production, refuses to start on the run command's conveniences: the embedded database (no
 * backups, no replication), well-known default passwords and S3 keys, and a notice base address on
 * localhost (the tracking QR codes printed for residents would not open). Runs as soon as it is created, and
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
    String publicBase = environment.getProperty("cloudwindow.notice.public-base-url", "");
    if (isLocal(publicBase)) {
      fail("CLOUDWINDOW_NOTICE_PUBLIC_BASE_URL is " + (publicBase.isBlank() ? "empty" : publicBase)
          + ", which residents' phones cannot reach: the QR codes on acceptance notices would point nowhere; "
          + "set the public HTTPS address of the tracking page");
    }
  }

  /**
   * Whether the address only works on the server itself (or is missing). Names are not resolved:
   * the question is what a resident's phone will open, not what this host calls itself.
   */
  static boolean isLocal(String url) {
    String host;
    try {
      host = URI.create(url.strip()).getHost();
    } catch (IllegalArgumentException e) {
      return false; // not ours to judge: the notice settings refuse a malformed address themselves
    }
    if (host == null || host.isBlank()) {
      return true;
    }
    String name = host.toLowerCase(Locale.ROOT).replaceAll("^\\[|]$|\\.$", "");
    return name.equals("localhost") || name.endsWith(".localhost") || name.startsWith("127.")
        || name.equals("0.0.0.0") || name.equals("::1") || name.equals("0:0:0:0:0:0:0:1") || name.equals("::");
  }

  private static void fail(String message) {
    throw new IllegalStateException("Refusing to start with the prod profile: " + message);
  }
}
