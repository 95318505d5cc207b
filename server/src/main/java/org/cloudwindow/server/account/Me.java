package org.cloudwindow.server.account;

import java.util.Set;
import org.cloudwindow.server.identity.Role;
import org.cloudwindow.server.site.Site;
import org.cloudwindow.server.site.SiteTier;

/** The signed-in user as {@code GET /api/me} returns it. */
record Me(long id, String username, String displayName, Set<Role> roles, SiteRef site) {

  record SiteRef(long id, String code, String name, SiteTier tier) {
    static SiteRef of(Site site) {
      return new SiteRef(site.id(), site.code(), site.name(), site.tier());
    }
  }
}
