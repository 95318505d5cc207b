package org.cloudwindow.server.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The case's timeline (case_event): transitions, form changes, matters, materials. */
@Repository
class TimelineRepository {

  static final String FORM_CHANGED = "FORM_CHANGED";

  /**
   * Live typing writes a field per keystroke; consecutive writes of the same fields by the same
   * person within this time are one timeline event (first before, last after), so the timeline
   * stays readable while nothing about who changed what is lost.
   */
  static final Duration COALESCE = Duration.ofSeconds(30);

  private static final TypeReference<List<FieldChange>> CHANGES = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final JsonMapper json;

  TimelineRepository(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  long event(long caseId, Instant at, @Nullable Long actorId, String kind, @Nullable CaseState from, CaseState to,
      @Nullable String reason, List<FieldChange> changes) {
    return event(caseId, at, actorId, kind, from, to, reason, changes, null);
  }

  /** @param detail structured details kept with the event as JSON (the supplement list) */
  long event(long caseId, Instant at, @Nullable Long actorId, String kind, @Nullable CaseState from, CaseState to,
      @Nullable String reason, List<FieldChange> changes, @Nullable Object detail) {
    return jdbc.sql("""
            insert into case_event (case_id, at, actor_id, kind, from_state, to_state, reason, changes, detail)
            values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb)) returning id""")
        .params(caseId, at.atOffset(ZoneOffset.UTC), actorId, kind, from == null ? null : from.name(), to.name(),
            reason, changes.isEmpty() ? null : json.writeValueAsString(changes),
            detail == null ? null : json.writeValueAsString(detail))
        .query(Long.class).single();
  }

  /** Records form changes, folding them into the previous event when it is the same edit going on. */
  void formChanged(long caseId, Instant at, long actorId, CaseState state, List<FieldChange> changes) {
    Event last = jdbc.sql("select " + COLUMNS + " from case_event where case_id = ? order by id desc limit 1")
        .param(caseId).query(this::row).optional().orElse(null);
    if (last != null && FORM_CHANGED.equals(last.kind()) && Objects.equals(last.actorId(), actorId)
        && Duration.between(last.at(), at).compareTo(COALESCE) < 0 && sameFields(last.changes(), changes)) {
      List<FieldChange> merged = new ArrayList<>();
      for (int i = 0; i < changes.size(); i++) {
        merged.add(new FieldChange(changes.get(i).field(), last.changes().get(i).before(), changes.get(i).after()));
      }
      jdbc.sql("update case_event set at = ?, changes = cast(? as jsonb) where id = ?")
          .params(at.atOffset(ZoneOffset.UTC), json.writeValueAsString(merged), last.id()).update();
      return;
    }
    event(caseId, at, actorId, FORM_CHANGED, null, state, null, changes);
  }

  List<Event> ofCase(long caseId) {
    return jdbc.sql("select " + COLUMNS + " from case_event where case_id = ? order by at, id").param(caseId)
        .query(this::row).list();
  }

  private static final String COLUMNS = "id, at, actor_id, kind, from_state, to_state, reason, changes, detail";

  private Event row(ResultSet rs, int n) throws SQLException {
    String changes = rs.getString("changes");
    String from = rs.getString("from_state");
    return new Event(rs.getLong("id"), rs.getTimestamp("at").toInstant(), (Long) rs.getObject("actor_id"),
        rs.getString("kind"), from == null ? null : CaseState.valueOf(from), CaseState.valueOf(rs.getString("to_state")),
        rs.getString("reason"), changes == null ? List.of() : json.readValue(changes, CHANGES),
        rs.getString("detail") == null ? null : json.readTree(rs.getString("detail")));
  }

  private static boolean sameFields(List<FieldChange> a, List<FieldChange> b) {
    return a.stream().map(FieldChange::field).toList().equals(b.stream().map(FieldChange::field).toList());
  }

  record Event(long id, Instant at, @Nullable Long actorId, String kind, @Nullable CaseState fromState,
      CaseState toState, @Nullable String reason, List<FieldChange> changes, @Nullable JsonNode detail) {}
}
