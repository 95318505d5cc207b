package org.cloudwindow.server.queue;

import java.util.Map;
import org.cloudwindow.server.site.Window;
import org.jspecify.annotations.Nullable;

/**
 * Ticket numbers are read aloud in the service point: one letter for the department and three
 * digits, restarting every day per window (M023 is the 23rd 民政 number of the day).
 */
final class TicketNumbers {

  private static final Map<String, String> LETTERS = Map.of(
      "CIVIL_AFFAIRS", "M", "HUMAN_RESOURCES", "R", "MEDICAL_INSURANCE", "Y", "PUBLIC_SECURITY", "G",
      "MARKET_REGULATION", "S", "VETERANS_AFFAIRS", "T");

  private TicketNumbers() {}

  static String format(Window window, int sequence) {
    return letter(window.comprehensive() ? null : window.departmentCode()) + String.format("%03d", sequence);
  }

  private static String letter(@Nullable String departmentCode) {
    // Z for the comprehensive window and for departments added later without a letter of their own.
    return departmentCode == null ? "Z" : LETTERS.getOrDefault(departmentCode, "Z");
  }
}
