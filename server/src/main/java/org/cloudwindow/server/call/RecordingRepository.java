package org.cloudwindow.server.call;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RecordingRepository {

  private static final String COLUMNS =
      "id, call_id, started_by, started_at, stopped_at, duration_ms, size_bytes, sha256, chunks, state, object_key";

  private final JdbcClient jdbc;

  RecordingRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(String id, String callId, long startedBy, Instant at, String objectKey) {
    jdbc.sql("insert into call_recording (id, call_id, started_by, started_at, state, object_key, last_chunk_at) "
            + "values (?, ?, ?, ?, 'RECORDING', ?, ?)")
        .params(id, callId, startedBy, at.atOffset(ZoneOffset.UTC), objectKey, at.atOffset(ZoneOffset.UTC)).update();
  }

  Optional<StoredRecording> running(String callId) {
    return jdbc.sql("select " + COLUMNS + " from call_recording where call_id = ? and state = 'RECORDING'")
        .param(callId).query(RecordingRepository::map).optional();
  }

  Optional<StoredRecording> find(String id) {
    return jdbc.sql("select " + COLUMNS + " from call_recording where id = ?").param(id)
        .query(RecordingRepository::map).optional();
  }

  /** Locks the row: chunks of one recording are appended one at a time, on any node. */
  Optional<StoredRecording> lock(String id) {
    return jdbc.sql("select " + COLUMNS + " from call_recording where id = ? for update").param(id)
        .query(RecordingRepository::map).optional();
  }

  List<StoredRecording> ofCall(String callId) {
    return jdbc.sql("select " + COLUMNS + " from call_recording where call_id = ? order by started_at").param(callId)
        .query(RecordingRepository::map).list();
  }

  /** Running recordings whose browser has sent nothing since {@code before}. */
  List<String> idleSince(Instant before) {
    return jdbc.sql("select id from call_recording where state = 'RECORDING' and last_chunk_at < ?")
        .param(before.atOffset(ZoneOffset.UTC)).query(String.class).list();
  }

  void chunk(String id, long size, long elapsedMs, Instant at) {
    jdbc.sql("update call_recording set chunks = chunks + 1, size_bytes = size_bytes + ?, "
            + "duration_ms = greatest(duration_ms, ?), last_chunk_at = ? where id = ?")
        .params(size, elapsedMs, at.atOffset(ZoneOffset.UTC), id).update();
  }

  void stopped(String id, Instant at, long durationMs, long size, @Nullable String sha256) {
    jdbc.sql("update call_recording set state = 'STOPPED', stopped_at = ?, duration_ms = ?, size_bytes = ?, sha256 = ? "
            + "where id = ?")
        .params(at.atOffset(ZoneOffset.UTC), durationMs, size, sha256, id).update();
  }

  private static StoredRecording map(ResultSet rs, int row) throws SQLException {
    return new StoredRecording(rs.getString("id"), rs.getString("call_id"), rs.getLong("started_by"),
        instant(rs.getTimestamp("started_at")), instant(rs.getTimestamp("stopped_at")), rs.getLong("duration_ms"),
        rs.getLong("size_bytes"), rs.getString("sha256"), rs.getInt("chunks"), rs.getString("state"),
        rs.getString("object_key"));
  }

  private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  record StoredRecording(String id, String callId, long startedBy, Instant startedAt, @Nullable Instant stoppedAt,
      long durationMs, long sizeBytes, @Nullable String sha256, int chunks, String state, String objectKey) {

    boolean running() {
      return "RECORDING".equals(state);
    }

    RecordingView view() {
      return new RecordingView(id, callId, startedBy, startedAt, stoppedAt, durationMs, sizeBytes, sha256, chunks, state);
    }
  }
}
