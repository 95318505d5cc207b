package org.cloudwindow.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.cloudwindow.server.account.AccountService;
import org.cloudwindow.server.identity.Role;
import org.cloudwindow.server.support.Launcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An external PostgreSQL (a separate server this test starts) replaces the embedded one when
 * {@code spring.datasource.url} is set, and the prod profile refuses unsafe starts.
 */
class ProductionProfileIT {

  private EmbeddedPostgres external;

  @BeforeEach
  void startExternalDatabase() throws IOException {
    external = EmbeddedPostgres.builder().start();
  }

  @AfterEach
  void stopExternalDatabase() throws IOException {
    external.close();
  }

  private String[] externalDatabase(String... more) {
    return externalDatabaseWithPassword("generated-8f3kq2-secret", more);
  }

  private String[] externalDatabaseWithPassword(String password, String... more) {
    String[] base = {
        "--spring.datasource.url=" + external.getJdbcUrl("postgres", "postgres"),
        "--spring.datasource.username=postgres",
        "--spring.datasource.password=" + password,
        "--cloudwindow.tls.enabled=false",
        "--cloudwindow.notice.public-base-url=https://yunchuang.example.gov.cn"};
    String[] all = new String[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  @Test
  void aConfiguredDatasourceIsUsedAndNoEmbeddedDatabaseStarts() {
    try (var app = Launcher.start("demo", externalDatabase())) {
      assertThat(app.getBeanProvider(EmbeddedPostgres.class).getIfAvailable()).isNull();
    }
    long sites = JdbcClient.create(external.getPostgresDatabase()).sql("select count(*) from site")
        .query(Long.class).single();
    assertThat(sites).isEqualTo(10);
  }

  @Test
  void prodCreatesTheFirstAdminFromTheEnvironment() {
    try (var app = Launcher.start("prod", externalDatabase(
        "--cloudwindow.bootstrap.admin-username=chief",
        "--cloudwindow.bootstrap.admin-password=Very-long-secret-2026",
        "--cloudwindow.bootstrap.site-code=330203000000",
        "--cloudwindow.bootstrap.site-name=海曙区云办中心"))) {
      var accounts = app.getBean(AccountService.class);
      assertThat(accounts.findByUsername("chief")).hasValueSatisfying(chief -> {
        assertThat(chief.roles()).containsExactly(Role.ADMIN);
        assertThat(chief.siteName()).isEqualTo("海曙区云办中心");
      });
      assertThat(accounts.passwordIs("chief", "Very-long-secret-2026")).isTrue();
    }
    // A second start finds the admin and needs no bootstrap variables any more.
    try (var app = Launcher.start("prod", externalDatabase())) {
      assertThat(app.getBean(AccountService.class).anyEnabledWithRole(Role.ADMIN)).isTrue();
    }
  }

  @Test
  void prodRefusesToStartWithoutAWayToCreateTheFirstAdmin() {
    assertThatThrownBy(() -> Launcher.start("prod", externalDatabase()).close())
        .hasStackTraceContaining("CLOUDWINDOW_BOOTSTRAP_ADMIN_USERNAME");
    assertThatThrownBy(() -> Launcher.start("prod", externalDatabase(
        "--cloudwindow.bootstrap.admin-username=chief", "--cloudwindow.bootstrap.admin-password=short1")).close())
        .hasStackTraceContaining("at least 12 characters");
  }

  @Test
  void prodRefusesToStartWhileDemoAccountsExist() {
    Launcher.start("demo", externalDatabase()).close();
    assertThatThrownBy(() -> Launcher.start("prod", externalDatabase()).close())
        .hasStackTraceContaining("demo accounts")
        .hasStackTraceContaining("worker-liangzhu");
  }

  @Test
  void prodRefusesTheEmbeddedDatabaseAndDefaultPasswords() {
    assertThatThrownBy(() -> Launcher.start("prod", "--cloudwindow.embedded-db.data-directory=",
        "--cloudwindow.bootstrap.admin-username=chief",
        "--cloudwindow.bootstrap.admin-password=Very-long-secret-2026",
        "--cloudwindow.bootstrap.site-code=330203000000",
        "--cloudwindow.bootstrap.site-name=海曙区云办中心").close())
        .hasStackTraceContaining("no external database");
    assertThatThrownBy(() -> Launcher.start("prod", externalDatabaseWithPassword("postgres")).close())
        .hasStackTraceContaining("well-known default");
    String[] defaultNoticeAddress = java.util.Arrays.stream(externalDatabase())
        .filter(arg -> !arg.startsWith("--cloudwindow.notice.")).toArray(String[]::new);
    assertThatThrownBy(() -> Launcher.start("prod", defaultNoticeAddress).close())
        .hasStackTraceContaining("CLOUDWINDOW_NOTICE_PUBLIC_BASE_URL is http://localhost:8080");
  }
}
