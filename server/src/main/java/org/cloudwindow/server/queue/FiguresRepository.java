package org.cloudwindow.server.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Aggregates over tickets and duty for boards, one query per question for all windows at once. */
@Repository
class FiguresRepository {

  private final JdbcClient jdbc;

  FiguresRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<WindowFigures> figures(Collection<Long> windowIds, Instant now, LocalDate today, long targetSeconds) {
    if (windowIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("""
            select w.id,
                   (select count(*) from ticket t where t.window_id = w.id and t.state = 'WAITING') as waiting,
                   (select coalesce(max(extract(epoch from :now - t.taken_at)), 0) from ticket t
                     where t.window_id = w.id and t.state = 'WAITING') as longest,
                   (select count(*) from duty d where d.window_id = w.id) as on_duty,
                   (select count(*) from ticket t where t.window_id = w.id and t.state in ('CALLED', 'SERVING')) as busy,
                   (select count(*) from ticket t where t.window_id = w.id and t.service_day = :today
                     and t.called_at is not null) as served,
                   (select count(*) from ticket t where t.window_id = w.id and t.service_day = :today
                     and t.called_at is not null and extract(epoch from t.called_at - t.taken_at) <= :target) as within
              from unnest(cast(string_to_array(:ids, ',') as bigint[])) as w(id)""")
        .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).param("today", today)
        .param("target", targetSeconds).param("ids", windowIds.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",")))
        .query((rs, n) -> new WindowFigures(rs.getLong("id"), rs.getInt("waiting"), (long) rs.getDouble("longest"),
            rs.getInt("on_duty"), rs.getInt("busy"), rs.getInt("served"), rs.getInt("within")))
        .list();
  }

  List<LongWait> waitingSince(Instant before) {
    return jdbc.sql("select id, window_id, number, taken_at from ticket where state = 'WAITING' and taken_at < ? order by taken_at")
        .param(OffsetDateTime.ofInstant(before, ZoneOffset.UTC))
        .query((rs, n) -> new LongWait(rs.getLong("id"), rs.getLong("window_id"), rs.getString("number"),
            rs.getTimestamp("taken_at").toInstant()))
        .list();
  }
}
