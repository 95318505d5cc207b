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

  void insert(String id, long ticketId, long windowId, Instant at) {
    jdbc.sql("insert into call_session (id, ticket_id, window_id, state, created_at) values (?, ?, ?, 'RINGING', ?)")
        .params(id, ticketId, windowId, at.atOffset(ZoneOffset.UTC)).update();
  }

  /** The calls of a ticket that have not ended (one, unless a ticket was called twice). */
  List<String> liveOfTicket(long ticketId) {
    return jdbc.sql("select id from call_session where ticket_id = ? and state <> 'ENDED'").param(ticketId)
        .query(String.class).list();
  }

  void invite(String callId, long userId, String role) {
    jdbc.sql("insert into call_participant (call_id, user_id, role) values (?, ?, ?) on conflict do nothing")
        .params(callId, userId, role).update();
  }

  /** Removes an invitee who never joined; returns whether there was one. */
  boolean withdraw(String callId, long userId) {
    return jdbc.sql("delete from call_participant where call_id = ? and user_id = ? and joined_at is null")
        .params(callId, userId).update() == 1;
  }

  Optional<StoredCall> find(String id) {
    return jdbc.sql("select id, ticket_id, window_id, state, end_reason, created_at, connected_at, ended_at from call_session where id = ?")
        .param(id)
        .query((rs, n) -> new StoredCall(rs.getString("id"), rs.getLong("ticket_id"), (Long) rs.getObject("window_id"),
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

  /** Returns false if the call had already ended. */
  boolean ended(String callId, String reason, Instant at) {
    return jdbc.sql("update call_session set state = 'ENDED', end_reason = ?, ended_at = ? where id = ? and state <> 'ENDED'")
        .params(reason, at.atOffset(ZoneOffset.UTC), callId).update() == 1;
  }

  void left(String callId, long userId, Instant at) {
    jdbc.sql("update call_participant set left_at = ? where call_id = ? and user_id = ?")
        .params(at.atOffset(ZoneOffset.UTC), callId, userId).update();
  }

  void event(String callId, Instant at, @Nullable Long actorId, String kind, @Nullable String detail) {
    jdbc.sql("insert into call_event (call_id, at, actor_id, kind, detail) values (?, ?, ?, ?, ?)")
        .params(callId, at.atOffset(ZoneOffset.UTC), actorId, kind, detail).update();
  }

  List<CallEvent> events(String callId) {
    return jdbc.sql("select at, actor_id, kind, detail from call_event where call_id = ? order by id").param(callId)
        .query((rs, n) -> new CallEvent(instant(rs.getTimestamp("at")), (Long) rs.getObject("actor_id"),
            rs.getString("kind"), rs.getString("detail")))
        .list();
  }

  private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  record StoredCall(String id, long ticketId, @Nullable Long windowId, CallState state, @Nullable String endReason, Instant createdAt,
      @Nullable Instant connectedAt, @Nullable Instant endedAt) {}

  record Invitee(long userId, String role) {}
}
