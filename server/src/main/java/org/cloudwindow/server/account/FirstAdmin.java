package org.cloudwindow.server.account;

import java.util.Set;
import org.cloudwindow.server.identity.Role;
import org.cloudwindow.server.site.NewSite;
import org.cloudwindow.server.site.Site;
import org.cloudwindow.server.site.SiteService;
import org.cloudwindow.server.site.SiteTier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.DependsOn;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In production, creates the first administrator from {@link BootstrapProperties} when no enabled
 * admin exists, and refuses to start when it cannot: a server nobody can administer is useless.
 */
@Component
@Profile("prod")
@DependsOn("productionChecks") // the database and secrets are checked first
class FirstAdmin implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

  private final BootstrapProperties bootstrap;
  private final AccountService accounts;
  private final SiteService sites;
  private final TransactionTemplate transaction;

  FirstAdmin(BootstrapProperties bootstrap, AccountService accounts, SiteService sites,
      TransactionTemplate transaction) {
    this.bootstrap = bootstrap;
    this.accounts = accounts;
    this.sites = sites;
    this.transaction = transaction;
  }

  @Override
  public void afterSingletonsInstantiated() {
    if (accounts.anyEnabledWithRole(Role.ADMIN)) {
      return;
    }
    String username = require(bootstrap.adminUsername(), "CLOUDWINDOW_BOOTSTRAP_ADMIN_USERNAME");
    String password = require(bootstrap.adminPassword(), "CLOUDWINDOW_BOOTSTRAP_ADMIN_PASSWORD");
    if (!username.matches(Passwords.USERNAME_PATTERN)) {
      fail("CLOUDWINDOW_BOOTSTRAP_ADMIN_USERNAME must be 3-32 lower-case letters, digits, '.', '_' or '-'");
    }
    if (!Passwords.strongEnough(password) || password.length() < 12) {
      fail("CLOUDWINDOW_BOOTSTRAP_ADMIN_PASSWORD must have at least 12 characters with letters and digits");
    }
    transaction.executeWithoutResult(status -> {
      Site root = sites.isEmpty()
          ? sites.create(new NewSite(require(bootstrap.siteCode(), "CLOUDWINDOW_BOOTSTRAP_SITE_CODE"),
              require(bootstrap.siteName(), "CLOUDWINDOW_BOOTSTRAP_SITE_NAME"), SiteTier.DISTRICT, null))
          : sites.rootSites().get(0);
      String displayName = bootstrap.adminDisplayName() == null ? username : bootstrap.adminDisplayName();
      accounts.create(new NewUser(username, displayName, null, root.id(), Set.of(Role.ADMIN), password, true));
    });
    log.info("First administrator '{}' created; sign in and create the other accounts", username);
  }

  private static String require(String value, String variable) {
    if (value == null || value.isBlank()) {
      fail("No enabled administrator exists: set " + variable + " to create the first one");
    }
    return value.strip();
  }

  private static void fail(String message) {
    throw new IllegalStateException("Refusing to start with the prod profile: " + message);
  }
}
