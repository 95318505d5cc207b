package org.cloudwindow.server.casework;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The transitions of DESIGN.md §3, by their wire names. */
enum CaseAction {
  SUBMIT,
  ACCEPT,
  NOT_ACCEPT,
  REQUEST_SUPPLEMENT,
  PRELIM_REVIEW,
  APPROVE,
  DENY,
  CONCLUDE;

  /** {@code not-accept}, as the API says it. */
  String wire() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static Optional<CaseAction> of(String wire) {
    return Arrays.stream(values()).filter(a -> a.wire().equals(wire)).findFirst();
  }
}
