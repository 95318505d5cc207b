package org.cloudwindow.server.account;

import jakarta.validation.Valid;
import java.util.List;
import org.cloudwindow.server.identity.CurrentUser;
import org.cloudwindow.server.site.SiteService;
import org.cloudwindow.server.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Admins manage the users of their own site subtree (the path is admin-only in security). */
@RestController
@RequestMapping("/api/admin/users")
class UserAdminController {

  private final AccountService accounts;
  private final SiteService sites;

  UserAdminController(AccountService accounts, SiteService sites) {
    this.accounts = accounts;
    this.sites = sites;
  }

  @GetMapping
  List<UserAccount> list(@AuthenticationPrincipal CurrentUser admin) {
    return accounts.visibleTo(admin);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  UserAccount create(@AuthenticationPrincipal CurrentUser admin, @Valid @RequestBody NewUser user) {
    requireSite(admin, user.siteId());
    return accounts.create(user).masked();
  }

  @PutMapping("/{id}")
  UserAccount update(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id,
      @Valid @RequestBody UserChange change) {
    sites.requireActOn(admin, accounts.get(id).siteId());
    requireSite(admin, change.siteId());
    if (id == admin.id() && (!change.enabled() || !change.roles().contains(org.cloudwindow.server.identity.Role.ADMIN))) {
      // Locking oneself out of the admin area is never what an admin meant to do.
      throw ApiException.invalidField(change.enabled() ? "roles" : "enabled", "self-lockout",
          "you cannot disable yourself or remove your own admin role");
    }
    return accounts.update(id, change).masked();
  }

  private void requireSite(CurrentUser admin, long siteId) {
    if (sites.find(siteId).isEmpty()) {
      throw ApiException.invalidField("siteId", "not-found", "no such site");
    }
    if (!sites.mayActOn(admin, siteId)) {
      throw ApiException.invalidField("siteId", "out-of-scope", "that site is outside your area");
    }
  }
}
