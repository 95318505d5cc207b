package org.cloudwindow.server.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.cloudwindow.server.identity.CurrentUser;
import org.cloudwindow.server.web.ProblemCode;
import org.cloudwindow.server.web.ProblemResponses;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps signed-in sessions in step with the accounts: a user an admin disabled is signed out on
 * their next request, and changed roles or site take effect at once instead of at the next
 * sign-in. One primary-key lookup per API request.
 */
class AccountStatusFilter extends OncePerRequestFilter {

  private final UserRepository users;
  private final SecurityContextRepository contexts;
  private final ProblemResponses problems;

  AccountStatusFilter(UserRepository users, SecurityContextRepository contexts, ProblemResponses problems) {
    this.users = users;
    this.contexts = contexts;
    this.problems = problems;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith("/api/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    SecurityContext context = SecurityContextHolder.getContext();
    if (context.getAuthentication() == null
        || !(context.getAuthentication().getPrincipal() instanceof CurrentUser signedIn)) {
      chain.doFilter(request, response);
      return;
    }
    Optional<UserAccount> account = users.find(signedIn.id()).map(UserRepository.StoredUser::account);
    if (account.isEmpty() || !account.get().enabled()) {
      HttpSession session = request.getSession(false);
      if (session != null) {
        session.invalidate();
      }
      SecurityContextHolder.clearContext();
      problems.write(request, response, ProblemCode.UNAUTHENTICATED);
      return;
    }
    UserAccount current = account.get();
    if (!current.roles().equals(signedIn.roles()) || current.siteId() != signedIn.siteId()
        || !current.displayName().equals(signedIn.displayName())) {
      CurrentUser refreshed = new CurrentUser(current.id(), current.username(), current.displayName(),
          current.siteId(), current.roles());
      SecurityContext updated = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
      updated.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
          refreshed, null, AccountUserDetailsService.authorities(refreshed)));
      SecurityContextHolder.setContext(updated);
      contexts.saveContext(updated, request, response);
    }
    chain.doFilter(request, response);
  }
}
