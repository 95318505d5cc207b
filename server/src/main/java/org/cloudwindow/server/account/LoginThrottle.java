package org.cloudwindow.server.account;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks a sign-in name for 15 minutes after 5 failed attempts in a row. Counts by the name typed,
 * existing or not, so a lock says nothing about which usernames are real. Failures older than
 * the lock period are forgotten. Kept in the database so every server node sees the same count.
 */
@Component
class LoginThrottle {

  static final int MAX_FAILURES = 5;
  static final Duration LOCK = Duration.ofMinutes(15);

  private final JdbcClient jdbc;
  private final Clock clock;

  LoginThrottle(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  boolean isLocked(String username) {
    return jdbc.sql("select count(*) from login_throttle where username = ? and locked_until > ?")
        .params(username, now()).query(Long.class).single() > 0;
  }

  /** Counts a failure; returns true when the name is locked now. */
  @Transactional
  boolean recordFailure(String username) {
    OffsetDateTime now = now();
    int failures = jdbc.sql("""
            insert into login_throttle (username, failures, last_failure_at) values (:name, 1, :now)
            on conflict (username) do update set
              failures = case
                when login_throttle.last_failure_at < :forgetBefore
                  or login_throttle.locked_until <= :now then 1
                else login_throttle.failures + 1 end,
              locked_until = case when login_throttle.locked_until <= :now then null
                else login_throttle.locked_until end,
              last_failure_at = :now
            returning failures""")
        .param("name", username).param("now", now).param("forgetBefore", now.minus(LOCK))
        .query(Integer.class).single();
    if (failures < MAX_FAILURES) {
      return false;
    }
    jdbc.sql("update login_throttle set locked_until = ?, failures = 0 where username = ?")
        .params(now.plus(LOCK), username).update();
    return true;
  }

  void reset(String username) {
    jdbc.sql("delete from login_throttle where username = ?").param(username).update();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }
}
