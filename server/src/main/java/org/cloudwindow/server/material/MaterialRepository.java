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

@Repository
class MaterialRepository {

  private static final String MATERIAL = """
      id, case_id, slot_code, version, state, reason, created_by, created_at, checked_by, checked_at""";
  private static final String PAGE = """
      id, material_id, position, file_name, content_type, size, sha256, object_key, thumb_key, width, height,
      page_count, uploaded_by, uploaded_at""";

  private final JdbcClient jdbc;

  MaterialRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Serialises changes to one case's materials (versions and page positions) across nodes. */
  void lockCase(long caseId) {
    jdbc.sql("select pg_advisory_xact_lock(?, ?)").params(7301, (int) caseId).query((rs, n) -> 1).list();
  }

  List<StoredMaterial> ofCase(long caseId) {
    return jdbc.sql("select " + MATERIAL + " from material where case_id = ? order by slot_code, version desc")
        .param(caseId).query(MaterialRepository::material).list();
  }

  Optional<StoredMaterial> find(long caseId, long id) {
    return jdbc.sql("select " + MATERIAL + " from material where id = ? and case_id = ?").params(id, caseId)
        .query(MaterialRepository::material).optional();
  }

  Optional<StoredMaterial> latest(long caseId, String slotCode) {
    return jdbc.sql("select " + MATERIAL + " from material where case_id = ? and slot_code = ? order by version desc limit 1")
        .params(caseId, slotCode).query(MaterialRepository::material).optional();
  }

  long insert(long caseId, String slotCode, int version, long by, Instant at) {
    return jdbc.sql("""
            insert into material (case_id, slot_code, version, state, created_by, created_at)
            values (?, ?, ?, 'UPLOADED', ?, ?) returning id""")
        .params(caseId, slotCode, version, by, at.atOffset(ZoneOffset.UTC)).query(Long.class).single();
  }

  void check(long id, MaterialState state, @Nullable String reason, long by, Instant at) {
    jdbc.sql("update material set state = ?, reason = ?, checked_by = ?, checked_at = ? where id = ?")
        .params(state.name(), reason, by, at.atOffset(ZoneOffset.UTC), id).update();
  }

  void withdraw(long id) {
    jdbc.sql("update material set state = 'WITHDRAWN' where id = ?").param(id).update();
  }

  List<StoredPage> pagesOfCase(long caseId) {
    return jdbc.sql("select " + PAGE + " from material_page where removed_at is null and material_id in "
            + "(select id from material where case_id = ?) order by material_id, position")
        .param(caseId).query(MaterialRepository::page).list();
  }

  List<StoredPage> pages(long materialId) {
    return jdbc.sql("select " + PAGE + " from material_page where removed_at is null and material_id = ? order by position")
        .param(materialId).query(MaterialRepository::page).list();
  }

  Optional<StoredPage> page(long caseId, long pageId) {
    return jdbc.sql("select " + PAGE + " from material_page where removed_at is null and id = ? and material_id in "
            + "(select id from material where case_id = ?)")
        .params(pageId, caseId).query(MaterialRepository::page).optional();
  }

  long insertPage(long materialId, NewPage page, long by, Instant at) {
    return jdbc.sql("""
            insert into material_page (material_id, position, file_name, content_type, size, sha256, object_key,
              thumb_key, width, height, page_count, uploaded_by, uploaded_at)
            values (?, (select coalesce(max(position), 0) + 1 from material_page where material_id = ?),
              ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
        .params(materialId, materialId, page.fileName(), page.contentType(), page.size(), page.sha256(),
            page.objectKey(), page.thumbKey(), page.width(), page.height(), page.pageCount(), by,
            at.atOffset(ZoneOffset.UTC))
        .query(Long.class).single();
  }

  void position(long pageId, int position) {
    jdbc.sql("update material_page set position = ? where id = ?").params(position, pageId).update();
  }

  void removePage(long pageId, Instant at) {
    jdbc.sql("update material_page set removed_at = ? where id = ?").params(at.atOffset(ZoneOffset.UTC), pageId).update();
  }

  void event(long caseId, @Nullable Long materialId, @Nullable Long pageId, String slotCode, Instant at, long actorId,
      String action, @Nullable String detail) {
    jdbc.sql("""
            insert into material_event (case_id, material_id, page_id, slot_code, at, actor_id, action, detail)
            values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(caseId, materialId, pageId, slotCode, at.atOffset(ZoneOffset.UTC), actorId, action, detail).update();
  }

  private static StoredMaterial material(ResultSet rs, int n) throws SQLException {
    return new StoredMaterial(rs.getLong("id"), rs.getLong("case_id"), rs.getString("slot_code"), rs.getInt("version"),
        MaterialState.valueOf(rs.getString("state")), rs.getString("reason"), rs.getLong("created_by"),
        rs.getTimestamp("created_at").toInstant(), (Long) rs.getObject("checked_by"),
        rs.getTimestamp("checked_at") == null ? null : rs.getTimestamp("checked_at").toInstant());
  }

  private static StoredPage page(ResultSet rs, int n) throws SQLException {
    return new StoredPage(rs.getLong("id"), rs.getLong("material_id"), rs.getInt("position"),
        rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size"), rs.getString("sha256"),
        rs.getString("object_key"), rs.getString("thumb_key"), (Integer) rs.getObject("width"),
        (Integer) rs.getObject("height"), (Integer) rs.getObject("page_count"), rs.getLong("uploaded_by"),
        rs.getTimestamp("uploaded_at").toInstant());
  }

  record StoredMaterial(long id, long caseId, String slotCode, int version, MaterialState state,
      @Nullable String reason, long createdBy, Instant createdAt, @Nullable Long checkedBy,
      @Nullable Instant checkedAt) {}

  record StoredPage(long id, long materialId, int position, String fileName, String contentType, long size,
      String sha256, String objectKey, String thumbKey, @Nullable Integer width, @Nullable Integer height,
      @Nullable Integer pageCount, long uploadedBy, Instant uploadedAt) {}

  record NewPage(String fileName, String contentType, long size, String sha256, String objectKey, String thumbKey,
      @Nullable Integer width, @Nullable Integer height, @Nullable Integer pageCount) {}
}
