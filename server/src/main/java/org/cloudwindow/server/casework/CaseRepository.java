package org.cloudwindow.server.casework;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.cloudwindow.server.queue.Applicant;
import org.cloudwindow.server.queue.Ticket;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CaseRepository {

  private static final String COLUMNS = """
      c.id, c.ticket_id, c.matter_code, c.matter_name, c.applicant_name, c.applicant_id_number, c.applicant_phone,
      c.worker_id, c.worker_site_id, c.window_id, c.state, c.created_at, c.updated_at, c.case_number,
      c.review_window_id, c.submitted_at, c.decision_deadline, c.accepted_at, c.promised_by, c.supplement_deadline,
      c.concluded_at, c.delivery,
      array(select m.matter_code from case_matter m where m.case_id = c.id order by m.position) as matter_codes""";

  private final JdbcClient jdbc;

  CaseRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<CaseRecord> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from case_record c where c.id = ?").param(id)
        .query(CaseRepository::row).optional();
  }

  Optional<CaseRecord> forTicket(long ticketId) {
    return jdbc.sql("select " + COLUMNS + " from case_record c where c.ticket_id = ?").param(ticketId)
        .query(CaseRepository::row).optional();
  }

  /**
   * Locks the case row for the rest of the transaction: form writes, matter changes and
   * transitions of one case run one after another on every node, so a write never slips past a
   * state change that forbids it.
   */
  Optional<CaseRecord> lock(long id) {
    return jdbc.sql("select id from case_record where id = ? for update").param(id).query(Long.class).optional()
        .flatMap(this::find);
  }

  /**
   * Inserts the ticket's draft case, or returns empty when it already has one: the worker's
   * pre-upload and the clerk's call may open it at the same moment.
   */
  Optional<Long> insertDraft(Ticket ticket, long workerSiteId, Instant at) {
    Optional<Long> id = jdbc.sql("""
            insert into case_record (ticket_id, matter_code, matter_name, applicant_name, applicant_id_number,
              applicant_phone, worker_id, worker_site_id, window_id, state, created_at, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?) on conflict (ticket_id) do nothing returning id""")
        .params(ticket.id(), ticket.matterCode(), ticket.matterName(), ticket.applicant().name(),
            ticket.applicant().idNumber(), ticket.applicant().phone(), ticket.workerId(), workerSiteId,
            ticket.windowId(), at.atOffset(ZoneOffset.UTC), at.atOffset(ZoneOffset.UTC))
        .query(Long.class).optional();
    id.ifPresent(caseId -> addMatter(caseId, ticket.matterCode(), ticket.matterName()));
    return id;
  }

  /** The case's matters in the order added: (code, name). */
  List<String[]> matters(long caseId) {
    return jdbc.sql("select matter_code, matter_name from case_matter where case_id = ? order by position")
        .param(caseId).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
  }

  void addMatter(long caseId, String code, String name) {
    jdbc.sql("""
            insert into case_matter (case_id, position, matter_code, matter_name)
            values (?, (select coalesce(max(position), 0) + 1 from case_matter where case_id = ?), ?, ?)""")
        .params(caseId, caseId, code, name).update();
    firstMatterIsCaseMatter(caseId);
  }

  void removeMatter(long caseId, String code) {
    jdbc.sql("delete from case_matter where case_id = ? and matter_code = ?").params(caseId, code).update();
    firstMatterIsCaseMatter(caseId);
  }

  void touch(long caseId, Instant at) {
    jdbc.sql("update case_record set updated_at = ? where id = ?").params(at.atOffset(ZoneOffset.UTC), caseId).update();
  }

  /** Keeps case_record's own matter columns on the first matter, for readers that know one matter. */
  private void firstMatterIsCaseMatter(long caseId) {
    jdbc.sql("""
            update case_record c set matter_code = m.matter_code, matter_name = m.matter_name
            from (select matter_code, matter_name from case_matter where case_id = ? order by position limit 1) m
            where c.id = ?""").params(caseId, caseId).update();
  }

  static CaseRecord row(ResultSet rs, int n) throws SQLException {
    Array codes = rs.getArray("matter_codes");
    return new CaseRecord(rs.getLong("id"), rs.getLong("ticket_id"), rs.getString("matter_code"),
        rs.getString("matter_name"), new Applicant(rs.getString("applicant_name"),
            rs.getString("applicant_id_number"), rs.getString("applicant_phone")),
        rs.getLong("worker_id"), rs.getLong("worker_site_id"), rs.getLong("window_id"),
        CaseState.valueOf(rs.getString("state")), rs.getTimestamp("created_at").toInstant(),
        Arrays.asList((String[]) codes.getArray()), rs.getTimestamp("updated_at").toInstant(),
        rs.getString("case_number"), (Long) rs.getObject("review_window_id"), instant(rs, "submitted_at"),
        date(rs, "decision_deadline"), instant(rs, "accepted_at"), date(rs, "promised_by"),
        date(rs, "supplement_deadline"), instant(rs, "concluded_at"),
        rs.getString("delivery") == null ? null : Delivery.valueOf(rs.getString("delivery")));
  }

  private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
    var value = rs.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }

  private static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
    var value = rs.getDate(column);
    return value == null ? null : value.toLocalDate();
  }
}
