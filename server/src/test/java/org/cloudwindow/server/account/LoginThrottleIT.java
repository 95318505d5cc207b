package org.cloudwindow.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.cloudwindow.server.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The lockout rules against the real database, with the clock moved by hand. */
@IntegrationTest
class LoginThrottleIT {

  @Autowired
  JdbcClient jdbc;

  private final Instant start = Instant.parse("2030-01-01T08:00:00Z");

  private LoginThrottle at(Instant instant) {
    return new LoginThrottle(jdbc, Clock.fixed(instant, ZoneOffset.UTC));
  }

  @Test
  void locksAfterFiveFailuresAndUnlocksFifteenMinutesLater() {
    String name = "throttle-a";
    for (int i = 0; i < 4; i++) {
      assertThat(at(start.plusSeconds(i)).recordFailure(name)).isFalse();
    }
    assertThat(at(start.plusSeconds(5)).recordFailure(name)).isTrue();
    assertThat(at(start.plus(Duration.ofMinutes(14))).isLocked(name)).isTrue();
    assertThat(at(start.plus(Duration.ofMinutes(16))).isLocked(name)).isFalse();
    // After the lock the count starts again from one.
    assertThat(at(start.plus(Duration.ofMinutes(16))).recordFailure(name)).isFalse();
  }

  @Test
  void forgetsFailuresAfterAQuietPeriodAndOnSuccess() {
    String name = "throttle-b";
    for (int i = 0; i < 4; i++) {
      at(start.plusSeconds(i)).recordFailure(name);
    }
    assertThat(at(start.plus(Duration.ofMinutes(20))).recordFailure(name)).isFalse();

    for (int i = 0; i < 3; i++) {
      at(start.plus(Duration.ofMinutes(21)).plusSeconds(i)).recordFailure(name);
    }
    at(start.plus(Duration.ofMinutes(22))).reset(name);
    for (int i = 0; i < 4; i++) {
      assertThat(at(start.plus(Duration.ofMinutes(23)).plusSeconds(i)).recordFailure(name)).isFalse();
    }
  }
}
