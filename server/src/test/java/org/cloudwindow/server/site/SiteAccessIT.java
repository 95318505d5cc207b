package org.cloudwindow.server.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.cloudwindow.server.identity.CurrentUser;
import org.cloudwindow.server.identity.Role;
import org.cloudwindow.server.support.IntegrationTest;
import org.cloudwindow.server.web.ApiException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** "May this user act on this site?" over the demo tree. */
@IntegrationTest
class SiteAccessIT {

  @Autowired
  SiteService sites;

  @Autowired
  JdbcClient jdbc;

  private long site(String name) {
    return jdbc.sql("select id from site where name = ?").param(name).query(Long.class).single();
  }

  private CurrentUser user(String siteName, Role role) {
    return new CurrentUser(1, "someone", "某人", site(siteName), Set.of(role));
  }

  @Test
  void workersAndClerksActOnTheirOwnSiteOnly() {
    CurrentUser worker = user("梁祝社区", Role.COMMUNITY_WORKER);
    assertThat(sites.mayActOn(worker, site("梁祝社区"))).isTrue();
    assertThat(sites.mayActOn(worker, site("高桥村"))).isFalse();
    assertThat(sites.mayActOn(worker, site("高桥镇"))).isFalse();

    CurrentUser clerk = user("高桥镇", Role.CLERK);
    assertThat(sites.mayActOn(clerk, site("高桥镇"))).isTrue();
    assertThat(sites.mayActOn(clerk, site("梁祝社区"))).isFalse();
    assertThatThrownBy(() -> sites.requireActOn(clerk, site("梁祝社区"))).isInstanceOf(ApiException.class);
  }

  @Test
  void coordinatorsAndAdminsActOnTheirWholeSubtreeButNotAbove() {
    CurrentUser township = user("高桥镇", Role.COORDINATOR);
    assertThat(sites.mayActOn(township, site("梁祝社区"))).isTrue();
    assertThat(sites.mayActOn(township, site("古林社区"))).isFalse();
    assertThat(sites.mayActOn(township, site("海曙区云办中心"))).isFalse();

    CurrentUser district = user("海曙区云办中心", Role.ADMIN);
    assertThat(sites.mayActOn(district, site("蜃蛟村"))).isTrue();
    assertThat(sites.actionableSiteIds(district)).hasSizeGreaterThanOrEqualTo(10);
    assertThat(sites.actionableSiteIds(township)).containsExactlyInAnyOrder(
        site("高桥镇"), site("梁祝社区"), site("高桥村"));
  }
}
