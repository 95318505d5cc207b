package org.cloudwindow.server.site;

import jakarta.validation.Valid;
import org.cloudwindow.server.identity.CurrentUser;
import org.cloudwindow.server.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Admins manage the sites and windows of their own subtree (the path is admin-only in security). */
@RestController
@RequestMapping("/api/admin")
class SiteAdminController {

  private final SiteService sites;

  SiteAdminController(SiteService sites) {
    this.sites = sites;
  }

  @PostMapping("/sites")
  @ResponseStatus(HttpStatus.CREATED)
  Site createSite(@AuthenticationPrincipal CurrentUser admin, @Valid @RequestBody NewSite site) {
    if (site.parentId() == null) {
      // A new root district is a new deployment, not something one district's admin decides.
      throw ApiException.invalidField("parentId", "NotNull", "choose the parent site");
    }
    sites.requireActOn(admin, site.parentId());
    return sites.create(site);
  }

  @PutMapping("/sites/{id}")
  Site updateSite(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id,
      @Valid @RequestBody SiteChange change) {
    sites.requireActOn(admin, id);
    if (id == admin.siteId() && !change.enabled()) {
      throw ApiException.invalidField("enabled", "own-site", "you cannot disable your own site");
    }
    return sites.update(id, change);
  }

  @PostMapping("/windows")
  @ResponseStatus(HttpStatus.CREATED)
  Window createWindow(@AuthenticationPrincipal CurrentUser admin, @Valid @RequestBody NewWindow window) {
    sites.requireActOn(admin, window.siteId());
    return sites.createWindow(window);
  }

  @PutMapping("/windows/{id}")
  Window updateWindow(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id,
      @Valid @RequestBody WindowChange change) {
    sites.requireActOn(admin, sites.getWindow(id).siteId());
    return sites.updateWindow(id, change);
  }
}
