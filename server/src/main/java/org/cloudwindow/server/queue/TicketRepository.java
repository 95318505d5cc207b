package org.cloudwindow.server.queue;

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
class TicketRepository {

  private static final String COLUMNS = """
      id, number, window_id, matter_code, matter_name, applicant_name, applicant_id_number,
      applicant_phone, priority, worker_id, worker_site_id, state, head, taken_at, called_at,
      answered_at, ended_at, recalls, clerk_id, call_id, service_day""";
  /** Who is next: a recalled ticket first (once), then the priority class, then take time. */
  static final String QUEUE_ORDER = "head desc, priority desc, taken_at, id";

  private final JdbcClient jdbc;

  TicketRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The next number of a window's day, safe on any number of nodes. */
  int nextNumber(long windowId, LocalDate day) {
    return jdbc.sql("""
            insert into ticket_counter (window_id, day, last) values (?, ?, 1)
            on conflict (window_id, day) do update set last = ticket_counter.last + 1
            returning last""")
        .params(windowId, day).query(Integer.class).single();
  }

  long insert(String number, long windowId, String matterCode, String matterName, Applicant applicant,
      boolean priority, long workerId, long workerSiteId, Instant takenAt, LocalDate day) {
    return jdbc.sql("""
            insert into ticket (number, window_id, matter_code, matter_name, applicant_name,
              applicant_id_number, applicant_phone, priority, worker_id, worker_site_id, state,
              taken_at, service_day)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'WAITING', ?, ?) returning id""")
        .params(number, windowId, matterCode, matterName, applicant.name(), applicant.idNumber().toUpperCase(),
            applicant.phone(), priority, workerId, workerSiteId, at(takenAt), day)
        .query(Long.class).single();
  }

  Optional<TicketRow> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from ticket where id = ?").param(id).query(TicketRepository::row).optional();
  }

  /** Locks the row for a state change; concurrent changes of one ticket queue up here. */
  Optional<TicketRow> lock(long id) {
    return jdbc.sql("select " + COLUMNS + " from ticket where id = ? for update").param(id)
        .query(TicketRepository::row).optional();
  }

  /**
   * Claims the next waiting ticket of these windows. SKIP LOCKED lets clerks on other nodes claim
   * the following tickets at the same moment instead of waiting for this one.
   */
  Optional<TicketRow> claimNext(Collection<Long> windowIds) {
    return jdbc.sql("select " + COLUMNS + " from ticket where state = 'WAITING' and window_id in (:windows) order by "
            + QUEUE_ORDER + " limit 1 for update skip locked")
        .param("windows", windowIds).query(TicketRepository::row).optional();
  }

  List<TicketRow> waiting(long windowId) {
    return jdbc.sql("select " + COLUMNS + " from ticket where state = 'WAITING' and window_id = ? order by " + QUEUE_ORDER)
        .param(windowId).query(TicketRepository::row).list();
  }

  List<TicketRow> activeOfWorker(long workerId) {
    return jdbc.sql("select " + COLUMNS + " from ticket where worker_id = ? and state in ('WAITING', 'CALLED', 'SERVING') order by taken_at")
        .param(workerId).query(TicketRepository::row).list();
  }

  Optional<TicketRow> activeOfClerk(long clerkId) {
    return jdbc.sql("select " + COLUMNS + " from ticket where clerk_id = ? and state in ('CALLED', 'SERVING')")
        .param(clerkId).query(TicketRepository::row).optional();
  }

  boolean applicantHasActive(String idNumber, String matterCode) {
    return jdbc.sql("select count(*) from ticket where applicant_id_number = ? and matter_code = ? and state in ('WAITING', 'CALLED', 'SERVING')")
        .params(idNumber.toUpperCase(), matterCode).query(Long.class).single() > 0;
  }

  /** Mean seconds from call to end over the window's last 20 served tickets, if any. */
  Optional<Double> averageHandleSeconds(long windowId) {
    double seconds = jdbc.sql("""
            select coalesce(avg(extract(epoch from ended_at - called_at)), -1) from (
              select called_at, ended_at from ticket where window_id = ? and state = 'DONE'
               order by ended_at desc limit 20) recent""")
        .param(windowId).query(Double.class).single();
    return seconds < 0 ? Optional.empty() : Optional.of(seconds);
  }

  List<TicketRow> calledWithoutAnswerBefore(Instant before) {
    return jdbc.sql("select " + COLUMNS + " from ticket where state = 'CALLED' and called_at < ? order by called_at")
        .param(at(before)).query(TicketRepository::row).list();
  }

  List<Long> windowsWithWaitingTickets() {
    return jdbc.sql("select distinct window_id from ticket where state = 'WAITING'").query(Long.class).list();
  }

  void update(TicketRow t) {
    jdbc.sql("""
            update ticket set window_id = ?, state = ?, head = ?, called_at = ?, answered_at = ?, ended_at = ?,
                   recalls = ?, clerk_id = ?, call_id = ?
             where id = ?""")
        .params(t.windowId(), t.state().name(), t.head(), at(t.calledAt()), at(t.answeredAt()), at(t.endedAt()),
            t.recalls(), t.clerkId(), t.callId(), t.id())
        .update();
  }

  void event(long ticketId, Instant at, @Nullable Long actorId, String kind, @Nullable TicketState from,
      TicketState to, long windowId, @Nullable String reason) {
    jdbc.sql("""
            insert into ticket_event (ticket_id, at, actor_id, kind, from_state, to_state, window_id, reason)
            values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(ticketId, at(at), actorId, kind, from == null ? null : from.name(), to.name(), windowId, reason)
        .update();
  }

  List<TicketEventRow> events(long ticketId) {
    return jdbc.sql("select at, actor_id, kind, from_state, to_state, window_id, reason from ticket_event where ticket_id = ? order by id")
        .param(ticketId)
        .query((rs, n) -> new TicketEventRow(instant(rs, "at"), (Long) rs.getObject("actor_id"), rs.getString("kind"),
            rs.getString("from_state"), rs.getString("to_state"), rs.getLong("window_id"), rs.getString("reason")))
        .list();
  }

  record TicketEventRow(Instant at, @Nullable Long actorId, String kind, @Nullable String fromState, String toState,
      long windowId, @Nullable String reason) {}

  private static @Nullable OffsetDateTime at(@Nullable Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }

  private static TicketRow row(ResultSet rs, int n) throws SQLException {
    return new TicketRow(rs.getLong("id"), rs.getString("number"), rs.getLong("window_id"), rs.getString("matter_code"),
        rs.getString("matter_name"), new Applicant(rs.getString("applicant_name"), rs.getString("applicant_id_number"),
            rs.getString("applicant_phone")),
        rs.getBoolean("priority"), rs.getLong("worker_id"), rs.getLong("worker_site_id"),
        TicketState.valueOf(rs.getString("state")), rs.getBoolean("head"), instant(rs, "taken_at"),
        instant(rs, "called_at"), instant(rs, "answered_at"), instant(rs, "ended_at"), rs.getInt("recalls"),
        (Long) rs.getObject("clerk_id"), rs.getString("call_id"), rs.getObject("service_day", LocalDate.class));
  }
}
