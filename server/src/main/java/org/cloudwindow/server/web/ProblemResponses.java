package org.cloudwindow.server.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/** Writes a problem detail from code that runs before MVC (security filters). */
@Component
public class ProblemResponses {

  private final Problems problems;
  private final JsonMapper json;
  private final LocaleResolver locales;

  ProblemResponses(Problems problems, JsonMapper json, LocaleResolver locales) {
    this.problems = problems;
    this.json = json;
    this.locales = locales;
  }

  public void write(HttpServletRequest request, HttpServletResponse response, ProblemType code)
      throws IOException {
    // Filters run before the DispatcherServlet sets the request's locale.
    LocaleContextHolder.setLocale(locales.resolveLocale(request));
    ProblemDetail problem;
    try {
      problem = problems.of(code);
    } finally {
      LocaleContextHolder.resetLocaleContext();
    }
    response.setStatus(code.status().value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), problem);
  }
}
