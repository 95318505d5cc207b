package org.cloudwindow.server.catalog;

import java.util.List;

/**
 * A rule an import file breaks, before translation: the message key is
 * {@code catalog.import.<code>} with the arguments line, field, then {@code details}.
 */
record Violation(String field, int line, String code, List<String> details) {

  Violation(String field, int line, String code, String... details) {
    this(field, line, code, List.of(details));
  }
}
