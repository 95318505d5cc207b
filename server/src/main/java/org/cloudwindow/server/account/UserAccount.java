package org.cloudwindow.server.account;

import java.util.Set;
import org.cloudwindow.server.identity.Role;
import org.jspecify.annotations.Nullable;

/** A user as the API shows it; the phone is masked unless the caller asked for the full record. */
public record UserAccount(long id, String username, String displayName, @Nullable String phone,
    long siteId, String siteName, Set<Role> roles, boolean enabled) {

  public UserAccount {
    roles = Set.copyOf(roles);
  }

  UserAccount masked() {
    return new UserAccount(id, username, displayName,
        org.cloudwindow.server.web.PersonalData.maskPhone(phone), siteId, siteName, roles, enabled);
  }
}
