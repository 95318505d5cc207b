package org.cloudwindow.server.call;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CallRepository {

  private final JdbcClient jdbc;

  CallRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(String id, long ticketId, Instant at) {
    jdbc.sql("insert into call_session (id, ticket_id, state, created_at) values (?, ?, 'RINGING', ?)")
        .params(id, ticketId, at.atOffset(ZoneOffset.UTC)).update();
  }

  void invite(String callId, long userId, String role) {
    jdbc.sql("insert into call_participant (call_id, user_id, role) values (?, ?, ?) on conflict do nothing")
        .params(callId, userId, role).update();
  }

  Optional<StoredCall> find(String id) {
    return jdbc.sql("select id, ticket_id, state, end_reason, created_at, connected_at, ended_at from call_session where id = ?")
        .param(id)
        .query((rs, n) -> new StoredCall(rs.getString("id"), rs.getLong("ticket_id"),
            CallState.valueOf(rs.getString("state")), rs.getString("end_reason"), instant(rs.getTimestamp("created_at")),
            instant(rs.getTimestamp("connected_at")), instant(rs.getTimestamp("ended_at"))))
        .optional();
  }

  List<Invitee> invitees(String callId) {
    return jdbc.sql("select user_id, role from call_participant where call_id = ? order by joined_at nulls last, user_id")
        .param(callId).query((rs, n) -> new Invitee(rs.getLong("user_id"), rs.getString("role"))).list();
  }

  void joined(String callId, long userId, Instant at) {
    jdbc.sql("update call_participant set joined_at = coalesce(joined_at, ?), left_at = null where call_id = ? and user_id = ?")
        .params(at.atOffset(ZoneOffset.UTC), callId, userId).update();
  }

  void connected(String callId, Instant at) {
    jdbc.sql("update call_session set state = 'CONNECTED', connected_at = coalesce(connected_at, ?) where id = ? and state = 'RINGING'")
        .params(at.atOffset(ZoneOffset.UTC), callId).update();
  }

  void ended(String callId, String reason, Instant at) {
    jdbc.sql("update call_session set state = 'ENDED', end_reason = ?, ended_at = ? where id = ? and state <> 'ENDED'")
        .params(reason, at.atOffset(ZoneOffset.UTC), callId).update();
  }

  void event(String callId, Instant at, @Nullable Long actorId, String kind, @Nullable String detail) {
    jdbc.sql("insert into call_event (call_id, at, actor_id, kind, detail) values (?, ?, ?, ?, ?)")
        .params(callId, at.atOffset(ZoneOffset.UTC), actorId, kind, detail).update();
  }

  List<String> eventKinds(String callId) {
    return jdbc.sql("select kind from call_event where call_id = ? order by id").param(callId).query(String.class).list();
  }

  private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  record StoredCall(String id, long ticketId, CallState state, @Nullable String endReason, Instant createdAt,
      @Nullable Instant connectedAt, @Nullable Instant endedAt) {}

  record Invitee(long userId, String role) {}
}
