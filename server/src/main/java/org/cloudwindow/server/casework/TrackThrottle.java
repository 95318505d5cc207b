package org.cloudwindow.server.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts public progress look-ups per client address and minute in the database, so every node
 * sees the same count; over {@code cloudwindow.casework.track-per-minute} is refused (429).
 */
@Component
class TrackThrottle {

  private final JdbcClient jdbc;
  private final CaseworkProperties properties;
  private final Clock clock;

  TrackThrottle(JdbcClient jdbc, CaseworkProperties properties, Clock clock) {
    this.jdbc = jdbc;
    this.properties = properties;
    this.clock = clock;
  }

  /** Counts this look-up in its own transaction, so a refused look-up still counts. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  boolean allow(String client) {
    Instant minute = clock.instant().truncatedTo(ChronoUnit.MINUTES);
    jdbc.sql("delete from track_attempt where client = ? and window_start < ?")
        .params(client, minute.atOffset(ZoneOffset.UTC)).update();
    int attempts = jdbc.sql("""
            insert into track_attempt (client, window_start, attempts) values (?, ?, 1)
            on conflict (client, window_start) do update set attempts = track_attempt.attempts + 1 returning attempts""")
        .params(client, minute.atOffset(ZoneOffset.UTC)).query(Integer.class).single();
    return attempts <= properties.trackPerMinute();
  }
}
