package org.cloudwindow.server.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The lifecycle columns of case_record, case numbers and the signature reference. */
@Repository
class LifecycleRepository {

  private final JdbcClient jdbc;

  LifecycleRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void state(long id, CaseState to, Instant at) {
    jdbc.sql("update case_record set state = ?, updated_at = ? where id = ?").params(to.name(), utc(at), id).update();
  }

  /** A new submission starts a new decision clock (art. 32), so its reminder may go out again. */
  void submitted(long id, Instant at, LocalDate decisionDeadline) {
    jdbc.sql("update case_record set submitted_at = ?, decision_deadline = ?, decision_due_at = null where id = ?")
        .params(utc(at), decisionDeadline, id).update();
  }

  void accepted(long id, String caseNumber, Instant at, LocalDate promisedBy) {
    jdbc.sql("update case_record set case_number = ?, accepted_at = ?, promised_by = ? where id = ?")
        .params(caseNumber, utc(at), promisedBy, id).update();
  }

  void supplementRequested(long id, String supplementJson, LocalDate deadline) {
    jdbc.sql("update case_record set supplement = cast(? as jsonb), supplement_deadline = ? where id = ?")
        .params(supplementJson, deadline, id).update();
  }

  void reviewWindow(long id, long windowId) {
    jdbc.sql("update case_record set review_window_id = ? where id = ?").params(windowId, id).update();
  }

  void concluded(long id, Instant at, Delivery delivery) {
    jdbc.sql("update case_record set concluded_at = ?, delivery = ? where id = ?")
        .params(utc(at), delivery.name(), id).update();
  }

  Optional<String> supplement(long id) {
    return jdbc.sql("select supplement::text from case_record where id = ? and supplement is not null").param(id)
        .query(String.class).optional();
  }

  /** The next number of a site's day; the upsert's row lock serialises concurrent acceptances. */
  int nextNumber(String siteCode, LocalDate day) {
    return jdbc.sql("""
            insert into case_number_counter (site_code, day, last) values (?, ?, 1)
            on conflict (site_code, day) do update set last = case_number_counter.last + 1 returning last""")
        .params(siteCode, day).query(Integer.class).single();
  }

  void signed(long id, long materialId, Instant at, String contentHash) {
    jdbc.sql("update case_record set signature_material_id = ?, signed_at = ?, signature_hash = ? where id = ?")
        .params(materialId, utc(at), contentHash, id).update();
  }

  Optional<SignatureRow> signature(long id) {
    return jdbc.sql("select signature_material_id, signed_at, signature_hash from case_record where id = ? "
            + "and signature_material_id is not null").param(id)
        .query((rs, n) -> new SignatureRow(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3))).optional();
  }

  /** Submitted cases whose decision deadline is on or before {@code latest} and not yet reminded of. */
  List<DecisionDue> decisionsDueBy(LocalDate latest) {
    return jdbc.sql("""
            select id, window_id, decision_deadline from case_record
            where state = 'SUBMITTED' and decision_due_at is null and decision_deadline <= ? order by decision_deadline""")
        .param(latest).query((rs, n) -> new DecisionDue(rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate())).list();
  }

  /** Marks the reminder sent; false when another node did it first. */
  boolean markDecisionDue(long id, Instant at) {
    return jdbc.sql("update case_record set decision_due_at = ? where id = ? and decision_due_at is null")
        .params(utc(at), id).update() == 1;
  }

  private static @Nullable OffsetDateTime utc(@Nullable Instant at) {
    return at == null ? null : at.atOffset(ZoneOffset.UTC);
  }

  record SignatureRow(long materialId, Instant signedAt, String contentHash) {}
}
