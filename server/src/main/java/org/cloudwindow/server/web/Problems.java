package org.cloudwindow.server.web;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds problem details in the one shape every client can rely on: stable {@code type} and
 * {@code code}, a title and detail in the caller's language, and {@code errors} for fields.
 */
@Component
public class Problems {

  private final MessageSource messages;

  Problems(MessageSource messages) {
    this.messages = messages;
  }

  public ProblemDetail of(ProblemType code, Object... arguments) {
    return of(code, List.of(), arguments);
  }

  public ProblemDetail of(ProblemType code, List<FieldProblem> fields, Object... arguments) {
    Locale locale = LocaleContextHolder.getLocale();
    ProblemDetail problem = ProblemDetail.forStatus(code.status());
    problem.setType(code.type());
    problem.setTitle(message("problem." + code.code() + ".title", new Object[0], locale));
    problem.setDetail(message("problem." + code.code() + ".detail", arguments, locale));
    problem.setProperty("code", code.code());
    if (!fields.isEmpty()) {
      problem.setProperty("errors", fields);
    }
    return problem;
  }

  /** The translated text of a message key, or the key itself when none exists. */
  public String message(String key, Object[] arguments, Locale locale) {
    return messages.getMessage(key, arguments, key, locale);
  }
}
