package org.cloudwindow.server.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Map;
import org.cloudwindow.server.account.AccountUserDetailsService.AccountDetails;
import org.cloudwindow.server.identity.CurrentUser;
import org.cloudwindow.server.site.SiteService;
import org.cloudwindow.server.web.ApiException;
import org.cloudwindow.server.web.ProblemCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AuthController {

  private static final Logger log = LoggerFactory.getLogger(AuthController.class);

  private final AuthenticationManager authenticationManager;
  private final SecurityContextRepository contexts;
  private final LoginThrottle throttle;
  private final AccountService accounts;
  private final SiteService sites;

  AuthController(AuthenticationManager authenticationManager, SecurityContextRepository contexts,
      LoginThrottle throttle, AccountService accounts, SiteService sites) {
    this.authenticationManager = authenticationManager;
    this.contexts = contexts;
    this.throttle = throttle;
    this.accounts = accounts;
    this.sites = sites;
  }

  /** Sets the CSRF cookie for a client that has none yet (its first request may be the login). */
  @GetMapping("/api/auth/csrf")
  Map<String, String> csrf(CsrfToken token) {
    return Map.of("headerName", token.getHeaderName(), "parameterName", token.getParameterName(),
        "token", token.getToken());
  }

  @PostMapping("/api/auth/login")
  Me login(@Valid @RequestBody LoginRequest login, HttpServletRequest request, HttpServletResponse response) {
    String username = login.username().toLowerCase(Locale.ROOT);
    if (throttle.isLocked(username)) {
      throw new ApiException(ProblemCode.LOCKED);
    }
    Authentication checked;
    try {
      checked = authenticationManager.authenticate(
          UsernamePasswordAuthenticationToken.unauthenticated(username, login.password()));
    } catch (AuthenticationException e) {
      // Disabled, unknown and wrong password all look the same from outside.
      boolean locked = throttle.recordFailure(username);
      log.info("Sign-in refused for '{}'{}", username, locked ? "; name locked for 15 minutes" : "");
      throw new ApiException(locked ? ProblemCode.LOCKED : ProblemCode.BAD_CREDENTIALS);
    }
    throttle.reset(username);
    CurrentUser user = ((AccountDetails) checked.getPrincipal()).currentUser();
    if (request.getSession(false) != null) {
      request.changeSessionId(); // session fixation: a signed-in session never keeps an old id
    }
    SecurityContext context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
        user, null, AccountUserDetailsService.authorities(user)));
    SecurityContextHolder.getContextHolderStrategy().setContext(context);
    contexts.saveContext(context, request, response);
    log.info("Signed in: {} ({})", user.username(), user.roles());
    return me(user);
  }

  @GetMapping("/api/me")
  Me me(@AuthenticationPrincipal CurrentUser user) {
    UserAccount account = accounts.get(user.id());
    return new Me(account.id(), account.username(), account.displayName(), account.roles(),
        Me.SiteRef.of(sites.get(account.siteId())));
  }
}
