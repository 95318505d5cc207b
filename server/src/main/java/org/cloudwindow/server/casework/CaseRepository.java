package org.cloudwindow.server.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.cloudwindow.server.queue.Applicant;
import org.cloudwindow.server.queue.Ticket;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CaseRepository {

  private static final String COLUMNS = """
      id, ticket_id, matter_code, matter_name, applicant_name, applicant_id_number, applicant_phone, worker_id,
      worker_site_id, window_id, state, created_at""";

  private final JdbcClient jdbc;

  CaseRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<CaseRecord> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from case_record where id = ?").param(id)
        .query(CaseRepository::row).optional();
  }

  Optional<CaseRecord> forTicket(long ticketId) {
    return jdbc.sql("select " + COLUMNS + " from case_record where ticket_id = ?").param(ticketId)
        .query(CaseRepository::row).optional();
  }

  /**
   * Inserts the ticket's draft case, or returns empty when it already has one: the worker's
   * pre-upload and the clerk's call may open it at the same moment.
   */
  Optional<Long> insertDraft(Ticket ticket, long workerSiteId, Instant at) {
    return jdbc.sql("""
            insert into case_record (ticket_id, matter_code, matter_name, applicant_name, applicant_id_number,
              applicant_phone, worker_id, worker_site_id, window_id, state, created_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?) on conflict (ticket_id) do nothing returning id""")
        .params(ticket.id(), ticket.matterCode(), ticket.matterName(), ticket.applicant().name(),
            ticket.applicant().idNumber(), ticket.applicant().phone(), ticket.workerId(), workerSiteId,
            ticket.windowId(), at.atOffset(ZoneOffset.UTC))
        .query(Long.class).optional();
  }

  void event(long caseId, Instant at, @Nullable Long actorId, String kind, CaseState to, @Nullable String reason) {
    jdbc.sql("insert into case_event (case_id, at, actor_id, kind, to_state, reason) values (?, ?, ?, ?, ?, ?)")
        .params(caseId, at.atOffset(ZoneOffset.UTC), actorId, kind, to.name(), reason).update();
  }

  private static CaseRecord row(ResultSet rs, int n) throws SQLException {
    return new CaseRecord(rs.getLong("id"), rs.getLong("ticket_id"), rs.getString("matter_code"),
        rs.getString("matter_name"), new Applicant(rs.getString("applicant_name"),
            rs.getString("applicant_id_number"), rs.getString("applicant_phone")),
        rs.getLong("worker_id"), rs.getLong("worker_site_id"), rs.getLong("window_id"),
        CaseState.valueOf(rs.getString("state")), rs.getTimestamp("created_at").toInstant());
  }
}
