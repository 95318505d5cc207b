package org.cloudwindow.server.account;

import java.util.Collection;
import java.util.List;
import org.cloudwindow.server.identity.CurrentUser;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads accounts for Spring Security's password check. */
@Component
class AccountUserDetailsService implements UserDetailsService {

  private final UserRepository users;

  AccountUserDetailsService(UserRepository users) {
    this.users = users;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    return users.findByUsername(username)
        .map(AccountDetails::new)
        .orElseThrow(() -> new UsernameNotFoundException("no such user"));
  }

  static List<GrantedAuthority> authorities(CurrentUser user) {
    return user.roles().stream().map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority())).toList();
  }

  /** What the password check needs; after it succeeds only the {@link CurrentUser} is kept. */
  record AccountDetails(UserRepository.StoredUser stored) implements UserDetails {

    CurrentUser currentUser() {
      UserAccount a = stored.account();
      return new CurrentUser(a.id(), a.username(), a.displayName(), a.siteId(), a.roles());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
      return authorities(currentUser());
    }

    @Override
    public String getPassword() {
      return stored.passwordHash();
    }

    @Override
    public String getUsername() {
      return stored.account().username();
    }

    @Override
    public boolean isEnabled() {
      return stored.account().enabled();
    }
  }
}
