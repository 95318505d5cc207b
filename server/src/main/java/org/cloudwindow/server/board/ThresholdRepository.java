package org.cloudwindow.server.board;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ThresholdRepository {

  private final JdbcClient jdbc;

  ThresholdRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The windows' own thresholds; windows without any are left out. */
  Map<Long, Thresholds> of(Collection<Long> windowIds) {
    Map<Long, Thresholds> found = new HashMap<>();
    if (windowIds.isEmpty()) {
      return found;
    }
    jdbc.sql("""
            select window_id, yellow_waiting, red_waiting, yellow_longest_wait_minutes, red_longest_wait_minutes
              from window_threshold where window_id in (:ids)""")
        .param("ids", windowIds)
        .query(rs -> {
          found.put(rs.getLong(1), new Thresholds(rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), true));
        });
    return found;
  }

  void save(long windowId, Thresholds t) {
    jdbc.sql("""
            insert into window_threshold (window_id, yellow_waiting, red_waiting, yellow_longest_wait_minutes,
                                          red_longest_wait_minutes)
            values (?, ?, ?, ?, ?)
            on conflict (window_id) do update set yellow_waiting = excluded.yellow_waiting,
              red_waiting = excluded.red_waiting, yellow_longest_wait_minutes = excluded.yellow_longest_wait_minutes,
              red_longest_wait_minutes = excluded.red_longest_wait_minutes""")
        .params(windowId, t.yellowWaiting(), t.redWaiting(), t.yellowLongestWaitMinutes(), t.redLongestWaitMinutes())
        .update();
  }

  void delete(long windowId) {
    jdbc.sql("delete from window_threshold where window_id = ?").param(windowId).update();
  }
}
