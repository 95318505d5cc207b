package org.cloudwindow.server.queue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Entitlements (which windows a clerk may serve), duty, and opening hours. */
@Repository
class DutyRepository {

  private final JdbcClient jdbc;

  DutyRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Long> entitledWindows(long userId) {
    return jdbc.sql("select window_id from clerk_window where user_id = ? order by window_id").param(userId)
        .query(Long.class).list();
  }

  boolean entitled(long userId, long windowId) {
    return jdbc.sql("select count(*) from clerk_window where user_id = ? and window_id = ?").params(userId, windowId)
        .query(Long.class).single() > 0;
  }

  void replaceEntitlements(long userId, Collection<Long> windowIds) {
    jdbc.sql("delete from clerk_window where user_id = ?").param(userId).update();
    for (long windowId : windowIds) {
      jdbc.sql("insert into clerk_window (user_id, window_id) values (?, ?)").params(userId, windowId).update();
    }
  }

  List<Long> dutyWindows(long userId) {
    return jdbc.sql("select window_id from duty where user_id = ? order by window_id").param(userId)
        .query(Long.class).list();
  }

  boolean onDuty(long userId, long windowId) {
    return jdbc.sql("select count(*) from duty where user_id = ? and window_id = ?").params(userId, windowId)
        .query(Long.class).single() > 0;
  }

  void goOnDuty(long userId, long windowId, Instant since, @Nullable Instant until, boolean tidal) {
    jdbc.sql("""
            insert into duty (user_id, window_id, since, until, tidal) values (?, ?, ?, ?, ?)
            on conflict (user_id, window_id) do update set until = excluded.until, tidal = excluded.tidal""")
        .params(userId, windowId, at(since), at(until), tidal).update();
  }

  boolean goOffDuty(long userId, long windowId) {
    return jdbc.sql("delete from duty where user_id = ? and window_id = ?").params(userId, windowId).update() > 0;
  }

  int clerksOnDuty(long windowId) {
    return jdbc.sql("select count(*) from duty where window_id = ?").param(windowId).query(Integer.class).single();
  }

  /** Tidal duties whose time is up: (user, window) pairs. */
  List<long[]> endedTidalDuties(Instant now) {
    return jdbc.sql("select user_id, window_id from duty where tidal and until <= ?").param(at(now))
        .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
  }

  Optional<String> openingHours(long windowId) {
    return jdbc.sql("select opening_hours from window_schedule where window_id = ?").param(windowId)
        .query(String.class).optional();
  }

  void setOpeningHours(long windowId, String spec) {
    jdbc.sql("""
            insert into window_schedule (window_id, opening_hours) values (?, ?)
            on conflict (window_id) do update set opening_hours = excluded.opening_hours""")
        .params(windowId, spec).update();
  }

  private static @Nullable OffsetDateTime at(@Nullable Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
