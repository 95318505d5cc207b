package org.cloudwindow.server.call;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class StillRepository {

  private final JdbcClient jdbc;

  StillRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(StoredStill still) {
    jdbc.sql("insert into call_still (id, call_id, taken_by, source, content_type, width, height, size_bytes, sha256, "
            + "object_key, taken_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(still.id(), still.callId(), still.takenBy(), still.source(), still.contentType(), still.width(),
            still.height(), still.sizeBytes(), still.sha256(), still.objectKey(), still.takenAt().atOffset(ZoneOffset.UTC))
        .update();
  }

  Optional<StoredStill> find(String id) {
    return jdbc.sql("select * from call_still where id = ?").param(id).query(this::map).optional();
  }

  List<StoredStill> ofCall(String callId) {
    return jdbc.sql("select * from call_still where call_id = ? order by taken_at").param(callId).query(this::map).list();
  }

  private StoredStill map(ResultSet rs, int row) throws SQLException {
    return new StoredStill(rs.getString("id"), rs.getString("call_id"), rs.getLong("taken_by"), rs.getString("source"),
        rs.getString("content_type"), rs.getInt("width"), rs.getInt("height"), rs.getLong("size_bytes"),
        rs.getString("sha256"), rs.getString("object_key"), rs.getTimestamp("taken_at").toInstant());
  }

  record StoredStill(String id, String callId, long takenBy, String source, String contentType, int width, int height,
      long sizeBytes, String sha256, String objectKey, Instant takenAt) {

    StillView view() {
      return new StillView(id, callId, takenBy, source, contentType, width, height, sizeBytes, takenAt);
    }
  }
}
