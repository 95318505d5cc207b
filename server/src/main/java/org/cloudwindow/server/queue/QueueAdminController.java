package org.cloudwindow.server.queue;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.cloudwindow.server.account.AccountService;
import org.cloudwindow.server.identity.CurrentUser;
import org.cloudwindow.server.site.SiteService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Admins assign clerks to windows and set opening hours, within their own subtree. */
@RestController
@RequestMapping("/api/admin")
class QueueAdminController {

  private final QueueService queue;
  private final SiteService sites;
  private final AccountService accounts;

  QueueAdminController(QueueService queue, SiteService sites, AccountService accounts) {
    this.queue = queue;
    this.sites = sites;
    this.accounts = accounts;
  }

  @GetMapping("/clerks/{userId}/windows")
  List<Long> entitlements(@AuthenticationPrincipal CurrentUser admin, @PathVariable long userId) {
    sites.requireActOn(admin, accounts.get(userId).siteId());
    return queue.entitledWindows(userId);
  }

  @PutMapping("/clerks/{userId}/windows")
  List<Long> entitle(@AuthenticationPrincipal CurrentUser admin, @PathVariable long userId,
      @Valid @RequestBody WindowIds body) {
    sites.requireActOn(admin, accounts.get(userId).siteId());
    body.windowIds().forEach(id -> sites.requireActOn(admin, sites.getWindow(id).siteId()));
    queue.entitle(userId, body.windowIds());
    return queue.entitledWindows(userId);
  }

  @GetMapping("/windows/{id}/opening-hours")
  Map<String, String> openingHours(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id) {
    sites.requireActOn(admin, sites.getWindow(id).siteId());
    return Map.of("openingHours", queue.openingHours(id).spec());
  }

  @PutMapping("/windows/{id}/opening-hours")
  Map<String, String> setOpeningHours(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id,
      @Valid @RequestBody Hours body) {
    sites.requireActOn(admin, sites.getWindow(id).siteId());
    queue.setOpeningHours(id, body.openingHours());
    return Map.of("openingHours", queue.openingHours(id).spec());
  }

  record WindowIds(@NotNull List<Long> windowIds) {}

  record Hours(@NotBlank @Size(max = 200) String openingHours) {}
}
