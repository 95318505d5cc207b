package org.cloudwindow.server.demo;

import java.util.List;
import org.cloudwindow.server.account.AccountService;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.DependsOn;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * In production, refuses to start while any demo account exists: their password is printed in
 * the README, so one left behind is an open door.
 */
@Component
@Profile("prod")
@DependsOn("productionChecks") // the database and secrets are checked first
class DemoDataGuard implements SmartInitializingSingleton {

  private final AccountService accounts;

  DemoDataGuard(AccountService accounts) {
    this.accounts = accounts;
  }

  @Override
  public void afterSingletonsInstantiated() {
    List<String> present = DemoAccounts.USERNAMES.stream()
        .filter(username -> accounts.findByUsername(username)
            .map(account -> account.enabled() && accounts.passwordIs(username, DemoAccounts.PASSWORD))
            .orElse(false))
        .toList();
    if (!present.isEmpty()) {
      throw new IllegalStateException("Refusing to start with the prod profile: demo accounts with the demo "
          + "password exist (" + String.join(", ", present) + "). Disable them or change their passwords.");
    }
  }
}
