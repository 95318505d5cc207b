package org.cloudwindow.server.demo;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cloudwindow.server.account.AccountService;
import org.cloudwindow.server.account.NewUser;
import org.cloudwindow.server.account.UserAccount;
import org.cloudwindow.server.consult.Availability;
import org.cloudwindow.server.consult.ExpertService;
import org.cloudwindow.server.queue.QueueService;
import org.cloudwindow.server.identity.Role;
import org.cloudwindow.server.site.Department;
import org.cloudwindow.server.site.NewSite;
import org.cloudwindow.server.site.NewWindow;
import org.cloudwindow.server.site.Site;
import org.cloudwindow.server.site.SiteService;
import org.cloudwindow.server.site.SiteTier;
import org.cloudwindow.server.site.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds an empty database with one district, three townships with two community points each,
 * windows for every department at district and township level plus a comprehensive window per
 * township, and the demo accounts. Runs before the server takes requests, and only once: a
 * database that already has sites is left alone.
 */
@Component
@Profile("demo")
class DemoData implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);

  private final SiteService sites;
  private final AccountService accounts;
  private final QueueService queue;
  private final TransactionTemplate transaction;
  private final ExpertService experts;
  private final Map<String, Long> windows = new HashMap<>();

  DemoData(SiteService sites, AccountService accounts, QueueService queue, TransactionTemplate transaction,
      ExpertService experts) {
    this.experts = experts;
    this.sites = sites;
    this.accounts = accounts;
    this.queue = queue;
    this.transaction = transaction;
  }

  @Override
  public void afterSingletonsInstantiated() {
    if (!sites.isEmpty()) {
      return;
    }
    transaction.executeWithoutResult(status -> seed());
    log.info("Demo data created: 1 district, 3 townships, 6 community points, {} accounts",
        DemoAccounts.USERNAMES.size());
  }

  @EventListener
  @Order(10)
  void printAccounts(ApplicationReadyEvent event) {
    log.info("Demo accounts (password {}): {}", DemoAccounts.PASSWORD, String.join(", ", DemoAccounts.USERNAMES));
  }

  private void seed() {
    Map<String, Site> byCode = new HashMap<>();
    Site district = sites.create(new NewSite("330203000000", "海曙区云办中心", SiteTier.DISTRICT, null));
    byCode.put("district", district);
    openWindows(district, "district", "区", false);
    List<String[]> townships = List.of(
        new String[] {"gaoqiao", "330203101000", "高桥镇", "330203101001", "梁祝社区", "330203101002", "高桥村"},
        new String[] {"gulin", "330203102000", "古林镇", "330203102001", "古林社区", "330203102002", "蜃蛟村"},
        new String[] {"shiqi", "330203103000", "石碶街道", "330203103001", "石碶社区", "330203103002", "栎社社区"});
    for (String[] t : townships) {
      Site township = sites.create(new NewSite(t[1], t[2], SiteTier.TOWNSHIP, district.id()));
      byCode.put(t[0], township);
      openWindows(township, t[0], t[2], true);
      byCode.put(t[0] + "-point-1", sites.create(new NewSite(t[3], t[4], SiteTier.COMMUNITY, township.id())));
      byCode.put(t[0] + "-point-2", sites.create(new NewSite(t[5], t[6], SiteTier.COMMUNITY, township.id())));
    }
    user("admin", "系统管理员", byCode.get("district"), Role.ADMIN);
    user("coordinator", "区云办协调员 陈静", byCode.get("district"), Role.COORDINATOR);
    user("coordinator-gaoqiao", "高桥镇协调员 周敏", byCode.get("gaoqiao"), Role.COORDINATOR);
    clerk("clerk-district", "区民政窗口 王磊", byCode.get("district"), "district:CIVIL_AFFAIRS");
    clerk("clerk-gaoqiao", "高桥镇窗口 李娜", byCode.get("gaoqiao"), "gaoqiao:CIVIL_AFFAIRS", "gaoqiao:COMPREHENSIVE");
    clerk("clerk-gulin", "古林镇窗口 张伟", byCode.get("gulin"), "gulin:CIVIL_AFFAIRS", "gulin:COMPREHENSIVE");
    clerk("clerk-shiqi", "石碶街道窗口 刘洋", byCode.get("shiqi"), "shiqi:CIVIL_AFFAIRS", "shiqi:COMPREHENSIVE");
    user("worker-liangzhu", "梁祝社区代办员 赵芳", byCode.get("gaoqiao-point-1"), Role.COMMUNITY_WORKER);
    user("worker-gaoqiao", "高桥村代办员 孙强", byCode.get("gaoqiao-point-2"), Role.COMMUNITY_WORKER);
    user("worker-gulin", "古林社区代办员 吴丽", byCode.get("gulin-point-1"), Role.COMMUNITY_WORKER);
    user("worker-shiqi", "石碶社区代办员 郑浩", byCode.get("shiqi-point-1"), Role.COMMUNITY_WORKER);
    expert("expert-civil", "民政专家 黄建国", byCode.get("district"), "民政", "社会救助", "330203-MZ-0001", "330203-MZ-0002");
    expert("expert-business", "市场监管专家 林晓", byCode.get("district"), "市场监管", "企业开办", "个体工商户");
    expert("expert-social", "人社专家 何敏", byCode.get("district"), "人社", "社会保险", "退休");
    expert("expert-gaoqiao", "高桥镇民政专家 蒋涛", byCode.get("gaoqiao"), "民政", "不动产", "农村宅基地");
  }

  /** An expert with expertise tags, available at once so a demo consultation finds them. */
  private void expert(String username, String displayName, Site site, String... tags) {
    UserAccount expert = user(username, displayName, site, Role.EXPERT);
    experts.setUp(expert.id(), List.of(tags), Availability.AVAILABLE);
  }

  private void openWindows(Site site, String key, String prefix, boolean withComprehensive) {
    for (Department department : sites.departments()) {
      Window window = sites.createWindow(new NewWindow(prefix + department.name() + "窗口", site.id(), department.code(), false));
      windows.put(key + ":" + department.code(), window.id());
    }
    if (withComprehensive) {
      Window window = sites.createWindow(new NewWindow(prefix + "综合窗口", site.id(), null, true));
      windows.put(key + ":COMPREHENSIVE", window.id());
    }
  }

  private UserAccount user(String username, String displayName, Site site, Role role) {
    return accounts.create(new NewUser(username, displayName, null, site.id(), EnumSet.of(role),
        DemoAccounts.PASSWORD, true));
  }

  /** A clerk and the windows they may serve ("site:DEPARTMENT" keys). */
  private void clerk(String username, String displayName, Site site, String... windowKeys) {
    UserAccount clerk = user(username, displayName, site, Role.CLERK);
    queue.entitle(clerk.id(), java.util.Arrays.stream(windowKeys).map(windows::get).toList());
  }
}
