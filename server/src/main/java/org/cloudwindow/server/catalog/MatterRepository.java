package org.cloudwindow.server.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class MatterRepository {

  private static final String COLUMNS = """
      code, name, aliases, department_code, handling_tier, promised_days, remote_eligible,
      materials, form_fields, enabled""";
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
  private static final TypeReference<List<MaterialRequirement>> MATERIALS = new TypeReference<>() {};
  private static final TypeReference<List<FormField>> FIELDS = new TypeReference<>() {};

  enum Change { CREATED, UPDATED, UNCHANGED }

  /** What changes whenever the catalogue does, for other nodes to notice an import. */
  record Stamp(long count, Instant latest) {}

  private final JdbcClient jdbc;
  private final JsonMapper json;

  MatterRepository(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  List<Matter> all() {
    return jdbc.sql("select " + COLUMNS + " from matter order by code").query(this::matter).list();
  }

  Optional<Matter> find(String code) {
    return jdbc.sql("select " + COLUMNS + " from matter where code = ?").param(code).query(this::matter).optional();
  }

  long count() {
    return jdbc.sql("select count(*) from matter").query(Long.class).single();
  }

  Stamp stamp() {
    return jdbc.sql("select count(*) as total, coalesce(max(updated_at), 'epoch'::timestamptz) as latest from matter")
        .query((rs, n) -> new Stamp(rs.getLong("total"), rs.getObject("latest", OffsetDateTime.class).toInstant()))
        .single();
  }

  /** Serialises imports (two at once would each disable the other's new matters); reads go on. */
  void lockForImport() {
    jdbc.sql("lock table matter in exclusive mode").update();
  }

  List<String> enabledCodes() {
    return jdbc.sql("select code from matter where enabled").query(String.class).list();
  }

  int disable(Collection<String> codes) {
    if (codes.isEmpty()) {
      return 0;
    }
    return jdbc.sql("update matter set enabled = false, updated_at = clock_timestamp() where code in (:codes) and enabled")
        .param("codes", codes).update();
  }

  /**
   * Inserts or updates; a row whose content is the same is not touched, so its stamp stays. The
   * stamp is the wall time after the import's lock was taken ({@code clock_timestamp()}, not the
   * transaction's start), so a later import always moves {@code max(updated_at)} forward.
   */
  Change upsert(Matter matter) {
    return jdbc.sql("""
            insert into matter as m (code, name, aliases, department_code, handling_tier, promised_days,
                                     remote_eligible, materials, form_fields, enabled, updated_at)
            values (:code, :name, cast(:aliases as jsonb), :department, :tier, :days,
                    :remote, cast(:materials as jsonb), cast(:formFields as jsonb), :enabled, clock_timestamp())
            on conflict (code) do update
               set name = excluded.name, aliases = excluded.aliases, department_code = excluded.department_code,
                   handling_tier = excluded.handling_tier, promised_days = excluded.promised_days,
                   remote_eligible = excluded.remote_eligible, materials = excluded.materials,
                   form_fields = excluded.form_fields, enabled = excluded.enabled, updated_at = clock_timestamp()
             where (m.name, m.aliases, m.department_code, m.handling_tier, m.promised_days,
                    m.remote_eligible, m.materials, m.form_fields, m.enabled)
                   is distinct from
                   (excluded.name, excluded.aliases, excluded.department_code, excluded.handling_tier,
                    excluded.promised_days, excluded.remote_eligible, excluded.materials,
                    excluded.form_fields, excluded.enabled)
            returning (xmax = 0) as created""")
        .param("code", matter.code())
        .param("name", matter.name())
        .param("aliases", json.writeValueAsString(matter.aliases()))
        .param("department", matter.departmentCode())
        .param("tier", matter.handlingTier().name())
        .param("days", matter.promisedDays())
        .param("remote", matter.remoteEligible())
        .param("materials", json.writeValueAsString(matter.materials()))
        .param("formFields", json.writeValueAsString(matter.formFields()))
        .param("enabled", matter.enabled())
        .query(Boolean.class).optional()
        .map(created -> created ? Change.CREATED : Change.UPDATED)
        .orElse(Change.UNCHANGED);
  }

  private Matter matter(ResultSet rs, int row) throws SQLException {
    return new Matter(rs.getString("code"), rs.getString("name"),
        json.readValue(rs.getString("aliases"), STRINGS), rs.getString("department_code"),
        HandlingTier.valueOf(rs.getString("handling_tier")), rs.getInt("promised_days"),
        rs.getBoolean("remote_eligible"), json.readValue(rs.getString("materials"), MATERIALS),
        json.readValue(rs.getString("form_fields"), FIELDS), rs.getBoolean("enabled"));
  }
}
