package org.cloudwindow.server.consult;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ExpertRepository {

  private final JdbcClient jdbc;

  ExpertRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Profile> profile(long userId) {
    return jdbc.sql("select chosen, availability, busy_call from expert_profile where user_id = ?").param(userId)
        .query((rs, n) -> new Profile(Availability.valueOf(rs.getString("chosen")),
            Availability.valueOf(rs.getString("availability")), rs.getString("busy_call")))
        .optional();
  }

  Map<Long, Profile> profiles() {
    Map<Long, Profile> all = new HashMap<>();
    jdbc.sql("select user_id, chosen, availability, busy_call from expert_profile").query(rs -> {
      all.put(rs.getLong("user_id"), new Profile(Availability.valueOf(rs.getString("chosen")),
          Availability.valueOf(rs.getString("availability")), rs.getString("busy_call")));
    });
    return all;
  }

  /** The expert's own choice; it shows at once unless a call keeps them BUSY. */
  void choose(long userId, Availability chosen, Instant at) {
    jdbc.sql("""
            insert into expert_profile (user_id, chosen, availability, updated_at) values (?, ?, ?, ?)
            on conflict (user_id) do update set chosen = excluded.chosen,
              availability = case when expert_profile.busy_call is null then excluded.chosen else 'BUSY' end,
              updated_at = excluded.updated_at""")
        .params(userId, chosen.name(), chosen.name(), at.atOffset(ZoneOffset.UTC)).update();
  }

  /** BUSY while in this call; an expert who never set anything was evidently available. */
  void busyIn(long userId, String callId, Instant at) {
    jdbc.sql("""
            insert into expert_profile (user_id, chosen, availability, busy_call, updated_at)
            values (?, 'AVAILABLE', 'BUSY', ?, ?)
            on conflict (user_id) do update set availability = 'BUSY', busy_call = excluded.busy_call,
              updated_at = excluded.updated_at""")
        .params(userId, callId, at.atOffset(ZoneOffset.UTC)).update();
  }

  /** Back to the expert's choice, if it was this call that made them busy; returns whether it was. */
  boolean freeFrom(long userId, String callId, Instant at) {
    return jdbc.sql("""
            update expert_profile set availability = chosen, busy_call = null, updated_at = ?
             where user_id = ? and busy_call = ?""")
        .params(at.atOffset(ZoneOffset.UTC), userId, callId).update() == 1;
  }

  /** The experts a call made busy, for when it ends. */
  List<Long> busyIn(String callId) {
    return jdbc.sql("select user_id from expert_profile where busy_call = ?").param(callId).query(Long.class).list();
  }

  Map<Long, List<String>> tags(Collection<Long> userIds) {
    Map<Long, List<String>> tags = new HashMap<>();
    if (userIds.isEmpty()) {
      return tags;
    }
    jdbc.sql("select user_id, tag from expert_tag where user_id in (:ids) order by user_id, position").param("ids", userIds)
        .query(rs -> {
          tags.computeIfAbsent(rs.getLong("user_id"), id -> new java.util.ArrayList<>()).add(rs.getString("tag"));
        });
    return tags;
  }

  void replaceTags(long userId, List<String> tags) {
    jdbc.sql("delete from expert_tag where user_id = ?").param(userId).update();
    for (int i = 0; i < tags.size(); i++) {
      jdbc.sql("insert into expert_tag (user_id, position, tag) values (?, ?, ?)").params(userId, i, tags.get(i)).update();
    }
  }

  /** Consultations each expert was assigned since {@code since} and did not decline. */
  Map<Long, Integer> assignedSince(Instant since) {
    Map<Long, Integer> counts = new HashMap<>();
    jdbc.sql("""
            select expert_id, count(*) as n from consultation_expert
             where invited_at >= ? and state <> 'DECLINED' group by expert_id""")
        .param(since.atOffset(ZoneOffset.UTC))
        .query(rs -> {
          counts.put(rs.getLong("expert_id"), rs.getInt("n"));
        });
    return counts;
  }

  record Profile(Availability chosen, Availability availability, @Nullable String busyCall) {}
}
