package org.cloudwindow.server.support;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.cloudwindow.server.account.AccountService;
import org.cloudwindow.server.account.NewUser;
import org.cloudwindow.server.account.UserAccount;
import org.cloudwindow.server.catalog.CatalogService;
import org.cloudwindow.server.catalog.Matter;
import org.cloudwindow.server.identity.CurrentUser;
import org.cloudwindow.server.identity.Role;
import org.cloudwindow.server.site.NewSite;
import org.cloudwindow.server.site.NewWindow;
import org.cloudwindow.server.site.Site;
import org.cloudwindow.server.site.SiteService;
import org.cloudwindow.server.site.SiteTier;
import org.cloudwindow.server.site.Window;
import org.cloudwindow.server.queue.Applicant;
import org.cloudwindow.server.queue.NewTicket;
import org.cloudwindow.server.queue.QueueService;
import org.cloudwindow.server.queue.Ticket;

/**
 * A township of its own for a test: a 民政 window and a comprehensive window, a community point
 * with a worker, and as many clerks on duty at both windows as asked for.
 */
public final class QueueFixture {

  public final Window civil;
  public final Window comprehensive;
  public final CurrentUser worker;
  public final List<CurrentUser> clerks = new ArrayList<>();
  public final Matter matter;
  public final Site township;
  private final QueueService queue;
  private int applicants;

  public QueueFixture(SiteService sites, AccountService accounts, QueueService queue, CatalogService catalog,
      int clerkCount, int idBase) {
    this.queue = queue;
    this.applicants = idBase;
    String tag = UUID.randomUUID().toString().substring(0, 6);
    Site district = sites.rootSites().get(0);
    township = sites.create(new NewSite("T-" + tag, "测试镇" + tag, SiteTier.TOWNSHIP, district.id()));
    Site point = sites.create(new NewSite("P-" + tag, "测试社区" + tag, SiteTier.COMMUNITY, township.id()));
    civil = sites.createWindow(new NewWindow("测试民政" + tag, township.id(), "CIVIL_AFFAIRS", false));
    comprehensive = sites.createWindow(new NewWindow("测试综合" + tag, township.id(), null, true));
    worker = user(accounts, "w-" + tag, point, Role.COMMUNITY_WORKER);
    for (int i = 0; i < clerkCount; i++) {
      CurrentUser clerk = user(accounts, "c" + i + "-" + tag, township, Role.CLERK);
      queue.entitle(clerk.id(), List.of(civil.id(), comprehensive.id()));
      queue.goOnDuty(clerk, civil.id());
      queue.goOnDuty(clerk, comprehensive.id());
      clerks.add(clerk);
    }
    matter = catalog.search("高龄津贴", 1).stream().findFirst()
        .flatMap(summary -> catalog.find(summary.code())).orElseThrow();
  }

  public Ticket take(boolean priority, long windowId) {
    return queue.take(worker, new NewTicket(matter.code(),
        new Applicant("申请人" + applicants, IdNumbers.numbered(applicants++), "13912345678"), priority, windowId));
  }

  private static CurrentUser user(AccountService accounts, String username, Site site, Role role) {
    UserAccount account = accounts.create(new NewUser(username, username, null, site.id(), EnumSet.of(role),
        "Secret2026x", true));
    return new CurrentUser(account.id(), account.username(), account.displayName(), site.id(), account.roles());
  }
}
