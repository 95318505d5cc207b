package org.cloudwindow.server.casework;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Deadlines of the case lifecycle and the working-day calendar they count in.
 *
 * @param decisionDays working days from submission within which the clerk accepts, refuses or asks
 *     for supplements: 5, as art. 32 of the Administrative License Law says
 * @param supplementDays working days the applicant is given to supply what is missing; 5 is the
 *     common local practice, a site may grant more
 * @param holidays public holidays that fall on weekdays (国务院办公厅 announces them each year);
 *     none by default, so a deployment lists the current year's
 * @param makeUpWorkdays weekend days worked instead (调休上班), announced with the holidays
 * @param decisionScanInterval how often cases near their decision deadline are looked for; the
 *     deadline is a date, so a few minutes is plenty
 * @param trackPerMinute public progress look-ups per client address and minute: a resident
 *     checking their case needs a handful, while guessing 4 phone digits needs thousands
 */
@ConfigurationProperties("cloudwindow.casework")
record CaseworkProperties(int decisionDays, int supplementDays, List<LocalDate> holidays,
    List<LocalDate> makeUpWorkdays, Duration decisionScanInterval, int trackPerMinute) {

  CaseworkProperties {
    decisionDays = decisionDays <= 0 ? 5 : decisionDays;
    supplementDays = supplementDays <= 0 ? 5 : supplementDays;
    holidays = holidays == null ? List.of() : List.copyOf(holidays);
    makeUpWorkdays = makeUpWorkdays == null ? List.of() : List.copyOf(makeUpWorkdays);
    decisionScanInterval = decisionScanInterval == null ? Duration.ofMinutes(5) : decisionScanInterval;
    trackPerMinute = trackPerMinute <= 0 ? 10 : trackPerMinute;
  }
}
