package org.cloudwindow.server.site;

import java.util.List;
import org.cloudwindow.server.identity.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
class SiteController {

  private final SiteService sites;

  SiteController(SiteService sites) {
    this.sites = sites;
  }

  @GetMapping("/sites")
  List<SiteNode> tree(@AuthenticationPrincipal CurrentUser user) {
    return sites.visibleTree(user);
  }

  @GetMapping("/departments")
  List<Department> departments() {
    return sites.departments();
  }

  @GetMapping("/windows")
  List<Window> windows(@AuthenticationPrincipal CurrentUser user) {
    return sites.visibleWindows(user);
  }
}
