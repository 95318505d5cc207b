package org.cloudwindow.server.board;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AlertRepository {

  private static final String COLUMNS = """
      id, kind, level, window_id, site_id, ticket_id, ticket_number, detail, waiting, waited_minutes, raised_at,
      acknowledged_at, resolved_at, case_id, case_number, deadline, stars, consultation_id""";

  private final JdbcClient jdbc;

  AlertRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Raises an alert unless the same one is open; returns its id when it is new. */
  Optional<Long> raise(Alert.Kind kind, AlertLevel level, long windowId, long siteId, @Nullable Long ticketId,
      @Nullable String ticketNumber, String detail, @Nullable Integer waiting, int waitedMinutes, Instant at) {
    return jdbc.sql("""
            insert into alert (kind, level, window_id, site_id, ticket_id, ticket_number, detail, waiting,
                               waited_minutes, raised_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing returning id""")
        .params(kind.name(), level.name(), windowId, siteId, ticketId, ticketNumber, detail, waiting, waitedMinutes,
            at(at))
        .query(Long.class).optional();
  }

  /**
   * Raises an alert about a case unless the same one (case, kind, level, deadline) was raised
   * before, open or resolved; returns its id when it is new.
   */
  Optional<Long> raiseForCase(Alert.Kind kind, AlertLevel level, long windowId, long siteId, long caseId,
      @Nullable String caseNumber, @Nullable LocalDate deadline, @Nullable Integer stars, String detail, Instant at) {
    return jdbc.sql("""
            insert into alert (kind, level, window_id, site_id, case_id, case_number, deadline, stars, detail, raised_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing returning id""")
        .params(kind.name(), level.name(), windowId, siteId, caseId, caseNumber, deadline, stars, detail, at(at))
        .query(Long.class).optional();
  }

  /** Raises the one alert of a consultation nobody answered; returns its id when it is new. */
  Optional<Long> raiseForConsultation(long consultationId, long windowId, long siteId, long caseId,
      int waitedMinutes, String detail, Instant at) {
    return jdbc.sql("""
            insert into alert (kind, level, window_id, site_id, case_id, consultation_id, waited_minutes, detail, raised_at)
            values ('CONSULTATION_WAITING', 'YELLOW', ?, ?, ?, ?, ?, ?, ?) on conflict do nothing returning id""")
        .params(windowId, siteId, caseId, consultationId, waitedMinutes, detail, at(at))
        .query(Long.class).optional();
  }

  /** Resolves the open waiting alert of a consultation, by no one (it resolved itself); its id if there was one. */
  Optional<Long> resolveForConsultation(long consultationId, Instant at) {
    return jdbc.sql("""
            update alert set resolved_at = ? where consultation_id = ? and kind = 'CONSULTATION_WAITING'
               and resolved_at is null returning id""")
        .params(at(at), consultationId).query(Long.class).optional();
  }

  Optional<StoredAlert> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from alert where id = ?").param(id).query(AlertRepository::row).optional();
  }

  List<StoredAlert> openAt(Collection<Long> siteIds) {
    if (siteIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("select " + COLUMNS + " from alert where resolved_at is null and site_id in (:sites) order by raised_at desc limit 200")
        .param("sites", siteIds).query(AlertRepository::row).list();
  }

  void acknowledge(long id, long userId, Instant at) {
    jdbc.sql("update alert set acknowledged_at = ?, acknowledged_by = ? where id = ? and acknowledged_at is null")
        .params(at(at), userId, id).update();
  }

  void resolve(long id, long userId, Instant at) {
    jdbc.sql("""
            update alert set resolved_at = ?, resolved_by = ?, acknowledged_at = coalesce(acknowledged_at, ?),
                   acknowledged_by = coalesce(acknowledged_by, ?)
             where id = ? and resolved_at is null""")
        .params(at(at), userId, at(at), userId, id).update();
  }

  /** An alert as stored; the window's name is added by the service. */
  record StoredAlert(long id, Alert.Kind kind, AlertLevel level, long windowId, long siteId, @Nullable Long ticketId,
      @Nullable String ticketNumber, String detail, @Nullable Integer waiting, @Nullable Integer waitedMinutes,
      Instant raisedAt, @Nullable Instant acknowledgedAt, @Nullable Instant resolvedAt, @Nullable Long caseId,
      @Nullable String caseNumber, @Nullable LocalDate deadline, @Nullable Integer stars,
      @Nullable Long consultationId) {

    Alert withWindowName(String windowName) {
      return new Alert(id, kind, level, windowId, windowName, siteId, ticketId, ticketNumber, detail, waiting,
          waitedMinutes, raisedAt, acknowledgedAt, resolvedAt, caseId, caseNumber, deadline, stars, consultationId);
    }
  }

  private static OffsetDateTime at(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }

  private static @Nullable Integer stars(ResultSet rs) throws SQLException {
    int stars = rs.getInt("stars");
    return rs.wasNull() ? null : stars;
  }

  private static StoredAlert row(ResultSet rs, int n) throws SQLException {
    return new StoredAlert(rs.getLong("id"), Alert.Kind.valueOf(rs.getString("kind")),
        AlertLevel.valueOf(rs.getString("level")), rs.getLong("window_id"), rs.getLong("site_id"),
        (Long) rs.getObject("ticket_id"), rs.getString("ticket_number"), rs.getString("detail"),
        (Integer) rs.getObject("waiting"), (Integer) rs.getObject("waited_minutes"), instant(rs, "raised_at"),
        instant(rs, "acknowledged_at"), instant(rs, "resolved_at"), (Long) rs.getObject("case_id"),
        rs.getString("case_number"), rs.getObject("deadline", LocalDate.class), stars(rs),
        (Long) rs.getObject("consultation_id"));
  }
}
