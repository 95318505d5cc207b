package org.cloudwindow.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import org.cloudwindow.server.site.NewSite;
import org.cloudwindow.server.site.SiteService;
import org.cloudwindow.server.site.SiteTier;
import org.cloudwindow.server.support.Launcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The run command's database: a real PostgreSQL whose data survives a restart. */
class EmbeddedDatabaseIT {

  @TempDir
  Path data;

  @Test
  void dataSurvivesARestartAndDemoDataIsSeededOnce() {
    long sitesAfterFirstStart;
    try (var app = Launcher.start("demo", "--cloudwindow.data-directory=" + data, "--cloudwindow.tls.enabled=false")) {
      assertThat(app.getBean(EmbeddedPostgres.class)).isNotNull();
      var sites = app.getBean(SiteService.class);
      long gaoqiao = app.getBean(JdbcClient.class).sql("select id from site where name = '高桥镇'")
          .query(Long.class).single();
      sites.create(new NewSite("330203101099", "重启测试社区", SiteTier.COMMUNITY, gaoqiao));
      sitesAfterFirstStart = count(app.getBean(JdbcClient.class));
    }
    assertThat(data.resolve("pg/PG_VERSION")).exists();

    try (var app = Launcher.start("demo", "--cloudwindow.data-directory=" + data, "--cloudwindow.tls.enabled=false")) {
      JdbcClient jdbc = app.getBean(JdbcClient.class);
      assertThat(count(jdbc)).isEqualTo(sitesAfterFirstStart);
      assertThat(jdbc.sql("select count(*) from site where name = '重启测试社区'").query(Long.class).single()).isOne();
      assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
    }
  }

  private static long count(JdbcClient jdbc) {
    return jdbc.sql("select count(*) from site").query(Long.class).single();
  }
}
