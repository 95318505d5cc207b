package org.cloudwindow.server.rating;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RatingRepository {

  private final JdbcClient jdbc;

  RatingRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Stores the case's rating, or returns false when it already has one: the unique case id makes
   * a double tap on two tablets (or a resent request) store exactly one.
   */
  boolean insert(long caseId, int stars, @Nullable String comment, long ratedBy, long workerSiteId, Instant at) {
    return jdbc.sql("""
            insert into case_rating (case_id, stars, comment, rated_by, worker_site_id, rated_at)
            values (?, ?, ?, ?, ?, ?) on conflict (case_id) do nothing""")
        .params(caseId, stars, comment, ratedBy, workerSiteId, at.atOffset(ZoneOffset.UTC)).update() == 1;
  }

  Optional<Rating> find(long caseId) {
    return jdbc.sql("select stars, comment, rated_at from case_rating where case_id = ?").param(caseId)
        .query((rs, n) -> new Rating(rs.getInt("stars"), rs.getString("comment"),
            rs.getTimestamp("rated_at").toInstant()))
        .optional();
  }
}
