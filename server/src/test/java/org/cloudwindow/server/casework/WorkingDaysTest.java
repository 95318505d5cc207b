package org.cloudwindow.server.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The working-day calendar: weekends off, holidays off, make-up weekend days worked. */
class WorkingDaysTest {

  // National Day 2026: Oct 1-7 off (Thu Oct 1 .. Wed Oct 7), with Sat Oct 10 worked instead, for the test.
  private final WorkingDays days = new WorkingDays(new CaseworkProperties(5, 5,
      List.of(d("2026-10-01"), d("2026-10-02"), d("2026-10-05"), d("2026-10-06"), d("2026-10-07")),
      List.of(d("2026-10-10")), null, 0));

  @Test
  void weekendsAreSkipped() {
    // Friday 2026-11-20 + 5 working days = Friday 2026-11-27.
    assertThat(days.plus(d("2026-11-20"), 5)).isEqualTo(d("2026-11-27"));
    // A submission on Saturday counts from Monday.
    assertThat(days.plus(d("2026-11-21"), 1)).isEqualTo(d("2026-11-23"));
    assertThat(days.isWorkingDay(d("2026-11-22"))).isFalse();
  }

  @Test
  void holidaysAreSkippedAndMakeUpDaysCount() {
    // Wed Sep 30 + 1 = Thu Oct 8 (Oct 1-7 off, the weekend too).
    assertThat(days.plus(d("2026-09-30"), 1)).isEqualTo(d("2026-10-08"));
    // Thu Oct 8, Fri Oct 9, Sat Oct 10 (make-up), Mon Oct 12.
    assertThat(days.plus(d("2026-10-07"), 4)).isEqualTo(d("2026-10-12"));
    assertThat(days.isWorkingDay(d("2026-10-10"))).isTrue();
  }

  private static LocalDate d(String text) {
    return LocalDate.parse(text);
  }
}
