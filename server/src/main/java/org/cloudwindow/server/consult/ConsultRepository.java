package org.cloudwindow.server.consult;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ConsultRepository {

  private static final String COLUMNS = """
      id, call_id, case_id, window_id, site_id, clerk_id, topic, state, requested_at, answered_at, concluded_at,
      conclusion""";

  private final JdbcClient jdbc;

  ConsultRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Empty when the call has a live consultation already (another request won the race). */
  Optional<Long> insert(String callId, long caseId, long windowId, long siteId, long clerkId, String topic,
      List<String> tags, Instant at) {
    Optional<Long> id = jdbc.sql("""
            insert into consultation (call_id, case_id, window_id, site_id, clerk_id, topic, state, requested_at)
            values (?, ?, ?, ?, ?, ?, 'OPEN', ?) on conflict do nothing returning id""")
        .params(callId, caseId, windowId, siteId, clerkId, topic, at(at)).query(Long.class).optional();
    id.ifPresent(consultation -> {
      for (int i = 0; i < tags.size(); i++) {
        jdbc.sql("insert into consultation_tag (consultation_id, position, tag) values (?, ?, ?)")
            .params(consultation, i, tags.get(i)).update();
      }
    });
    return id;
  }

  Optional<Stored> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from consultation where id = ?").param(id).query(ConsultRepository::row)
        .optional();
  }

  /** Locks the consultation for a change, so two answers or an answer and a conclusion queue up. */
  Optional<Stored> lock(long id) {
    return jdbc.sql("select " + COLUMNS + " from consultation where id = ? for update").param(id)
        .query(ConsultRepository::row).optional();
  }

  List<Stored> atSites(Collection<Long> siteIds, Collection<ConsultationState> states) {
    if (siteIds.isEmpty() || states.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("select " + COLUMNS + " from consultation where site_id in (:sites) and state in (:states)"
            + " order by requested_at desc limit 200")
        .param("sites", siteIds).param("states", states.stream().map(Enum::name).toList())
        .query(ConsultRepository::row).list();
  }

  /** The consultations an expert was assigned to and did not decline, newest first. */
  List<Stored> ofExpert(long expertId, Collection<ConsultationState> states) {
    return jdbc.sql("select " + COLUMNS + " from consultation where state in (:states) and id in"
            + " (select consultation_id from consultation_expert where expert_id = :expert and state <> 'DECLINED')"
            + " order by requested_at desc limit 50")
        .param("states", states.stream().map(Enum::name).toList()).param("expert", expertId)
        .query(ConsultRepository::row).list();
  }

  List<Stored> liveOfCall(String callId) {
    return jdbc.sql("select " + COLUMNS + " from consultation where call_id = ? and state in ('OPEN', 'ANSWERED')")
        .param(callId).query(ConsultRepository::row).list();
  }

  /** The call's live consultation, or else its latest one. */
  Optional<Stored> latestOfCall(String callId) {
    return jdbc.sql("select " + COLUMNS + " from consultation where call_id = ?"
            + " order by state in ('OPEN', 'ANSWERED') desc, requested_at desc, id desc limit 1")
        .param(callId).query(ConsultRepository::row).optional();
  }

  /** Every live consultation, oldest first (a few per busy centre: one per call at most). */
  List<Stored> live() {
    return jdbc.sql("select " + COLUMNS + " from consultation where state in ('OPEN', 'ANSWERED') order by requested_at")
        .query(ConsultRepository::row).list();
  }

  /** OPEN consultations requested before {@code before} and not yet reported as waiting. */
  List<Stored> waitingSince(Instant before) {
    return jdbc.sql("select " + COLUMNS + " from consultation where state = 'OPEN' and alerted_at is null"
            + " and requested_at <= ? order by requested_at")
        .param(at(before)).query(ConsultRepository::row).list();
  }

  /** Marks the consultation reported; false if another node did it first. */
  boolean alerted(long id, Instant at) {
    return jdbc.sql("update consultation set alerted_at = ? where id = ? and alerted_at is null")
        .params(at(at), id).update() == 1;
  }

  void state(long id, ConsultationState state) {
    jdbc.sql("update consultation set state = ? where id = ?").params(state.name(), id).update();
  }

  void answered(long id, Instant at) {
    jdbc.sql("update consultation set state = 'ANSWERED', answered_at = coalesce(answered_at, ?) where id = ?")
        .params(at(at), id).update();
  }

  void concluded(long id, String conclusion, Instant at) {
    jdbc.sql("update consultation set state = 'CONCLUDED', conclusion = ?, concluded_at = ? where id = ?")
        .params(conclusion, at(at), id).update();
  }

  List<String> tags(long id) {
    return jdbc.sql("select tag from consultation_tag where consultation_id = ? order by position").param(id)
        .query(String.class).list();
  }

  /** Invites the expert, or again after a decline; returns false if already invited or accepted. */
  boolean invite(long id, long expertId, long by, Instant at) {
    return jdbc.sql("""
            insert into consultation_expert (consultation_id, expert_id, state, invited_by, invited_at)
            values (?, ?, 'INVITED', ?, ?)
            on conflict (consultation_id, expert_id) do update set state = 'INVITED', reason = null,
              invited_by = excluded.invited_by, invited_at = excluded.invited_at, answered_at = null
             where consultation_expert.state = 'DECLINED'""")
        .params(id, expertId, by, at(at)).update() == 1;
  }

  List<StoredInvitation> invitations(long id) {
    return jdbc.sql("""
            select expert_id, state, reason, invited_at, answered_at from consultation_expert
             where consultation_id = ? order by invited_at, expert_id""")
        .param(id)
        .query((rs, n) -> new StoredInvitation(rs.getLong("expert_id"),
            Consultation.InvitationState.valueOf(rs.getString("state")), rs.getString("reason"),
            instant(rs, "invited_at"), instant(rs, "answered_at")))
        .list();
  }

  void answer(long id, long expertId, Consultation.InvitationState state, @Nullable String reason, Instant at) {
    jdbc.sql("update consultation_expert set state = ?, reason = ?, answered_at = ? where consultation_id = ? and expert_id = ?")
        .params(state.name(), reason, at(at), id, expertId).update();
  }

  /** Experts still invited when the call ended: their invitations lapse as declined. */
  void lapse(long id, String reason, Instant at) {
    jdbc.sql("update consultation_expert set state = 'DECLINED', reason = ?, answered_at = ? where consultation_id = ? and state = 'INVITED'")
        .params(reason, at(at), id).update();
  }

  /** Whether the user is an expert of a live or concluded consultation of the case who did not decline. */
  boolean assignedToCase(long userId, long caseId) {
    return jdbc.sql("""
            select count(*) from consultation c join consultation_expert e on e.consultation_id = c.id
             where c.case_id = ? and e.expert_id = ? and e.state <> 'DECLINED' and c.state <> 'CANCELLED'""")
        .params(caseId, userId).query(Long.class).single() > 0;
  }

  void note(long id, long authorId, String text, Instant at) {
    jdbc.sql("insert into consultation_note (consultation_id, author_id, text, at) values (?, ?, ?, ?)")
        .params(id, authorId, text, at(at)).update();
  }

  List<StoredNote> notes(long id) {
    return jdbc.sql("select author_id, text, at from consultation_note where consultation_id = ? order by id").param(id)
        .query((rs, n) -> new StoredNote(rs.getLong("author_id"), rs.getString("text"), instant(rs, "at"))).list();
  }

  void suggest(long id, long byId, long expertId, String reason, Instant at) {
    jdbc.sql("insert into consultation_suggestion (consultation_id, by_id, expert_id, reason, at) values (?, ?, ?, ?, ?)")
        .params(id, byId, expertId, reason, at(at)).update();
  }

  List<StoredSuggestion> suggestions(long id) {
    return jdbc.sql("select by_id, expert_id, reason, at from consultation_suggestion where consultation_id = ? order by id")
        .param(id)
        .query((rs, n) -> new StoredSuggestion(rs.getLong("by_id"), rs.getLong("expert_id"), rs.getString("reason"),
            instant(rs, "at")))
        .list();
  }

  record Stored(long id, String callId, long caseId, long windowId, long siteId, long clerkId, String topic,
      ConsultationState state, Instant requestedAt, @Nullable Instant answeredAt, @Nullable Instant concludedAt,
      @Nullable String conclusion) {}

  record StoredInvitation(long expertId, Consultation.InvitationState state, @Nullable String reason,
      Instant invitedAt, @Nullable Instant answeredAt) {}

  record StoredNote(long authorId, String text, Instant at) {}

  record StoredSuggestion(long byId, long expertId, String reason, Instant at) {}

  private static OffsetDateTime at(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }

  private static Stored row(ResultSet rs, int n) throws SQLException {
    return new Stored(rs.getLong("id"), rs.getString("call_id"), rs.getLong("case_id"), rs.getLong("window_id"),
        rs.getLong("site_id"), rs.getLong("clerk_id"), rs.getString("topic"),
        ConsultationState.valueOf(rs.getString("state")), instant(rs, "requested_at"), instant(rs, "answered_at"),
        instant(rs, "concluded_at"), rs.getString("conclusion"));
  }
}
