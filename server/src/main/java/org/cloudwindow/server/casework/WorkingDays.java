package org.cloudwindow.server.casework;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The government working-day calendar: Monday to Friday, less public holidays, plus the weekend
 * days worked instead (调休). Promised and legal deadlines count in it.
 */
@Component
class WorkingDays {

  /** Deadlines are dates where the case is handled. */
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private final Set<LocalDate> holidays;
  private final Set<LocalDate> makeUpWorkdays;

  WorkingDays(CaseworkProperties properties) {
    this.holidays = Set.copyOf(properties.holidays());
    this.makeUpWorkdays = Set.copyOf(properties.makeUpWorkdays());
  }

  boolean isWorkingDay(LocalDate day) {
    if (makeUpWorkdays.contains(day)) {
      return true;
    }
    boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    return !weekend && !holidays.contains(day);
  }

  /** The {@code days}-th working day after {@code from} (the day itself does not count). */
  LocalDate plus(LocalDate from, int days) {
    LocalDate day = from;
    int counted = 0;
    while (counted < days) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }
}
