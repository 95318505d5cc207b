package org.cloudwindow.server.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OpeningHoursTest {

  /** 2026-11-23 is a Monday; 08:00 UTC is 16:00 in Beijing. */
  private static Instant beijing(String localDateTime) {
    return java.time.LocalDateTime.parse(localDateTime).atZone(OpeningHours.ZONE).toInstant();
  }

  @Test
  void officeHoursWithALunchBreak() {
    var hours = OpeningHours.parse("MON-FRI 08:30-12:00,13:30-17:00; SAT 09:00-12:00");
    assertThat(hours.isOpen(beijing("2026-11-23T08:30:00"))).isTrue();
    assertThat(hours.isOpen(beijing("2026-11-23T08:29:59"))).isFalse();
    assertThat(hours.isOpen(beijing("2026-11-23T12:30:00"))).isFalse();
    assertThat(hours.isOpen(beijing("2026-11-23T16:59:00"))).isTrue();
    assertThat(hours.isOpen(beijing("2026-11-23T17:00:00"))).isFalse();
    assertThat(hours.isOpen(beijing("2026-11-28T10:00:00"))).isTrue();
    assertThat(hours.isOpen(beijing("2026-11-29T10:00:00"))).isFalse();
  }

  @Test
  void aroundTheClockIncludesTheLastMinuteBeforeMidnight() {
    assertThat(OpeningHours.ALWAYS.isOpen(beijing("2026-11-29T23:59:30"))).isTrue();
    assertThat(OpeningHours.ALWAYS.isOpen(beijing("2026-11-29T00:00:00"))).isTrue();
  }

  @Test
  void refusesWhatItCannotRead() {
    assertThatThrownBy(() -> OpeningHours.parse("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OpeningHours.parse("MONDAY 08:00-12:00")).hasMessageContaining("unknown day");
    assertThatThrownBy(() -> OpeningHours.parse("MON 12:00-08:00")).hasMessageContaining("end after");
    assertThatThrownBy(() -> OpeningHours.parse("MON 8-12")).isInstanceOf(IllegalArgumentException.class);
  }
}
