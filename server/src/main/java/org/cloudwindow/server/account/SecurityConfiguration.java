package org.cloudwindow.server.account;

import jakarta.servlet.http.HttpServletResponse;
import org.cloudwindow.server.identity.Role;
import org.cloudwindow.server.web.ProblemCode;
import org.cloudwindow.server.web.ProblemResponses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Session-cookie sign-in for the single-page app: JSON login at {@code /api/auth/login}, CSRF
 * tokens in a cookie the app echoes in a header, and problem details for 401 and 403.
 * The app's pages are public files; the data behind {@code /api} is what is guarded.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  @Bean
  SecurityFilterChain api(HttpSecurity http, ProblemResponses problems, UserRepository users,
      SecurityContextRepository contexts) throws Exception {
    var matcher = PathPatternRequestMatcher.withDefaults();
    http
        .addFilterBefore(new AccountStatusFilter(users, contexts, problems),
            AuthorizationFilter.class)
        .csrf(csrf -> csrf.spa())
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(matcher.matcher(HttpMethod.POST, "/api/auth/login")).permitAll()
            .requestMatchers("/api/auth/csrf").permitAll()
            // Public progress tracking (/track): rate-limited and masked by casework.
            .requestMatchers(matcher.matcher(HttpMethod.GET, "/api/track/**")).permitAll()
            .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
            .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
            .requestMatchers("/api/admin/**").hasRole(Role.ADMIN.name())
            .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
            .requestMatchers("/api/**").authenticated()
            .requestMatchers("/ws", "/ws/**").authenticated()
            .anyRequest().permitAll())
        .securityContext(context -> context.securityContextRepository(contexts))
        .exceptionHandling(errors -> errors
            .authenticationEntryPoint((request, response, e) -> problems.write(request, response, ProblemCode.UNAUTHENTICATED))
            .accessDeniedHandler((request, response, e) -> problems.write(request, response,
                e instanceof CsrfException ? ProblemCode.CSRF : ProblemCode.FORBIDDEN)))
        .logout(logout -> logout
            .logoutRequestMatcher(matcher.matcher(HttpMethod.POST, "/api/auth/logout"))
            .logoutSuccessHandler((request, response, authentication) ->
                response.setStatus(HttpServletResponse.SC_NO_CONTENT)))
        .formLogin(AbstractHttpConfigurer::disable)
        .httpBasic(AbstractHttpConfigurer::disable)
        .requestCache(AbstractHttpConfigurer::disable);
    return http.build();
  }

  @Bean
  SecurityContextRepository securityContextRepository() {
    return new HttpSessionSecurityContextRepository();
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return Passwords.encoder();
  }

  @Bean
  AuthenticationManager authenticationManager(AccountUserDetailsService users, PasswordEncoder passwordEncoder) {
    var provider = new DaoAuthenticationProvider(users);
    provider.setPasswordEncoder(passwordEncoder);
    return new ProviderManager(provider);
  }
}
