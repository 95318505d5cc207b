package org.cloudwindow.server.material;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Resumable uploads in progress and the parts (acknowledged chunks) they received. */
@Repository
class UploadRepository {

  private static final String COLUMNS = """
      id, case_id, slot_code, file_name, declared_type, upload_length, upload_offset, created_by, created_at,
      expires_at""";

  private final JdbcClient jdbc;

  UploadRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Upload upload) {
    jdbc.sql("insert into material_upload (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(upload.id(), upload.caseId(), upload.slotCode(), upload.fileName(), upload.declaredType(),
            upload.length(), upload.offset(), upload.createdBy(), upload.createdAt().atOffset(ZoneOffset.UTC),
            upload.expiresAt().atOffset(ZoneOffset.UTC))
        .update();
  }

  Optional<Upload> find(String id) {
    return jdbc.sql("select " + COLUMNS + " from material_upload where id = ?").param(id)
        .query(UploadRepository::row).optional();
  }

  /**
   * Acknowledges a stored chunk: the offset moves on only if nobody else moved it meanwhile (two
   * PATCHes racing for the same offset), so exactly one of them counts.
   */
  @Transactional
  boolean advance(String id, long from, long size, String partKey) {
    int moved = jdbc.sql("update material_upload set upload_offset = ? where id = ? and upload_offset = ?")
        .params(from + size, id, from).update();
    if (moved == 0) {
      return false;
    }
    jdbc.sql("insert into material_upload_part (upload_id, start_offset, size, object_key) values (?, ?, ?, ?)")
        .params(id, from, size, partKey).update();
    return true;
  }

  List<String> partKeys(String id) {
    return jdbc.sql("select object_key from material_upload_part where upload_id = ? order by start_offset")
        .param(id).query(String.class).list();
  }

  /** Deletes the upload; true for the one caller that actually deleted it. */
  boolean delete(String id) {
    return jdbc.sql("delete from material_upload where id = ?").param(id).update() > 0;
  }

  List<String> expired(Instant now) {
    return jdbc.sql("select id from material_upload where expires_at < ?").param(now.atOffset(ZoneOffset.UTC))
        .query(String.class).list();
  }

  private static Upload row(ResultSet rs, int n) throws SQLException {
    return new Upload(rs.getString("id"), rs.getLong("case_id"), rs.getString("slot_code"), rs.getString("file_name"),
        rs.getString("declared_type"), rs.getLong("upload_length"), rs.getLong("upload_offset"),
        rs.getLong("created_by"), rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("expires_at").toInstant());
  }

  record Upload(String id, long caseId, String slotCode, String fileName, @Nullable String declaredType, long length,
      long offset, long createdBy, Instant createdAt, Instant expiresAt) {

    boolean complete() {
      return offset == length;
    }
  }
}
