package org.cloudwindow.server.queue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A window's opening hours in local time, written the way a service centre posts them:
 * {@code MON-FRI 08:30-12:00,13:30-17:00; SAT 09:00-12:00}. {@code 24:00} closes at midnight.
 */
public record OpeningHours(String spec, List<Rule> rules) {

  /** Service centres of this deployment keep Beijing time. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  public static final OpeningHours ALWAYS = parse("MON-SUN 00:00-24:00");

  record Rule(Set<DayOfWeek> days, LocalTime from, LocalTime to) {}

  /** Parses a spec; throws {@link IllegalArgumentException} with the offending part. */
  public static OpeningHours parse(String spec) {
    List<Rule> rules = new ArrayList<>();
    for (String part : spec.split(";")) {
      String trimmed = part.strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      String[] daysAndTimes = trimmed.split("\\s+", 2);
      if (daysAndTimes.length != 2) {
        throw new IllegalArgumentException("expected 'DAYS HH:MM-HH:MM': " + trimmed);
      }
      Set<DayOfWeek> days = days(daysAndTimes[0]);
      for (String range : daysAndTimes[1].split(",")) {
        String[] ends = range.strip().split("-");
        if (ends.length != 2) {
          throw new IllegalArgumentException("expected HH:MM-HH:MM: " + range);
        }
        LocalTime from = time(ends[0]);
        LocalTime to = ends[1].strip().equals("24:00") ? LocalTime.MAX : time(ends[1]);
        if (!from.isBefore(to)) {
          throw new IllegalArgumentException("a range must end after it starts: " + range);
        }
        rules.add(new Rule(days, from, to));
      }
    }
    if (rules.isEmpty()) {
      throw new IllegalArgumentException("no opening hours given");
    }
    return new OpeningHours(spec.strip(), List.copyOf(rules));
  }

  public boolean isOpen(Instant instant) {
    ZonedDateTime local = instant.atZone(ZONE);
    LocalTime time = local.toLocalTime();
    return rules.stream().anyMatch(rule -> rule.days().contains(local.getDayOfWeek())
        && !time.isBefore(rule.from()) && time.isBefore(rule.to()));
  }

  private static Set<DayOfWeek> days(String text) {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (String item : text.toUpperCase(Locale.ROOT).split(",")) {
      String[] range = item.split("-");
      DayOfWeek first = day(range[0]);
      DayOfWeek last = range.length > 1 ? day(range[1]) : first;
      for (DayOfWeek d = first; ; d = d.plus(1)) {
        days.add(d);
        if (d == last) {
          break;
        }
      }
    }
    return days;
  }

  private static DayOfWeek day(String abbreviation) {
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.name().startsWith(abbreviation.strip()) && abbreviation.strip().length() == 3) {
        return day;
      }
    }
    throw new IllegalArgumentException("unknown day: " + abbreviation);
  }

  private static LocalTime time(String text) {
    try {
      return LocalTime.parse(text.strip().length() == 4 ? "0" + text.strip() : text.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("not a time: " + text, e);
    }
  }
}
