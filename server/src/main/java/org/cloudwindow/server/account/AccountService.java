package org.cloudwindow.server.account;

import java.util.List;
import java.util.Optional;
import org.cloudwindow.server.identity.CurrentUser;
import org.cloudwindow.server.identity.Role;
import org.cloudwindow.server.site.SiteService;
import org.cloudwindow.server.web.ApiException;
import org.cloudwindow.server.web.PersonalData;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, changes and finds user accounts. Callers check who may do so (see the controllers). */
@Service
@Transactional(readOnly = true)
public class AccountService {

  private final UserRepository users;
  private final SiteService sites;
  private final PasswordEncoder passwordEncoder;

  AccountService(UserRepository users, SiteService sites, PasswordEncoder passwordEncoder) {
    this.users = users;
    this.sites = sites;
    this.passwordEncoder = passwordEncoder;
  }

  public Optional<UserAccount> findByUsername(String username) {
    return users.findByUsername(username).map(UserRepository.StoredUser::account);
  }

  public UserAccount get(long id) {
    return users.find(id).map(UserRepository.StoredUser::account)
        .orElseThrow(() -> ApiException.notFound("user " + id));
  }

  /** Users whose site the given user may act on, phones masked. */
  public List<UserAccount> visibleTo(CurrentUser user) {
    return users.atSites(sites.actionableSiteIds(user)).stream()
        .map(stored -> stored.account().masked()).toList();
  }

  /** Every account with this role, enabled or not, phones masked (e.g. the expert pool). */
  public List<UserAccount> withRole(Role role) {
    return users.withRole(role).stream().map(stored -> stored.account().masked()).toList();
  }

  /** Does this enabled account's password equal the given one? For start-up safety checks only. */
  public boolean passwordIs(String username, String password) {
    return users.findByUsername(username)
        .map(stored -> passwordEncoder.matches(password, stored.passwordHash()))
        .orElse(false);
  }

  public boolean anyEnabledWithRole(Role role) {
    return users.countWithRole(role) > 0;
  }

  @Transactional
  public UserAccount create(NewUser user) {
    if (users.usernameTaken(user.username())) {
      throw ApiException.invalidField("username", "duplicate", "username already used");
    }
    requireSite(user.siteId());
    long id = users.insert(user, passwordEncoder.encode(user.password()));
    return get(id);
  }

  @Transactional
  public UserAccount update(long id, UserChange change) {
    UserAccount existing = get(id);
    requireSite(change.siteId());
    // Absent or sent back as masked means unchanged; an empty string clears the number.
    String phone = change.phone() == null || PersonalData.isMasked(change.phone()) ? existing.phone() : change.phone();
    users.update(id, change.displayName(), phone, change.siteId(), change.enabled());
    users.replaceRoles(id, change.roles());
    if (change.password() != null && !change.password().isBlank()) {
      users.updatePassword(id, passwordEncoder.encode(change.password()));
    }
    return get(id);
  }

  private void requireSite(long siteId) {
    if (sites.find(siteId).isEmpty()) {
      throw ApiException.invalidField("siteId", "not-found", "no such site");
    }
  }
}
