package org.cloudwindow.server.casework;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The stored form values of cases, one row per field with its version. */
@Repository
class FormRepository {

  private final JdbcClient jdbc;
  private final JsonMapper json;

  FormRepository(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** Every stored field of the case by name, also those no longer in its schema. */
  Map<String, FieldValue> values(long caseId) {
    Map<String, FieldValue> values = new LinkedHashMap<>();
    jdbc.sql("select field, value, version, updated_by, updated_at from case_form_value where case_id = ? order by field")
        .param(caseId).query((rs, n) -> {
          String value = rs.getString("value");
          values.put(rs.getString("field"), new FieldValue(value == null ? null : json.readTree(value),
              rs.getInt("version"), (Long) rs.getObject("updated_by"),
              rs.getTimestamp("updated_at") == null ? null : rs.getTimestamp("updated_at").toInstant()));
          return 1;
        }).list();
    return values;
  }

  /**
   * Stores a field's value and returns its new version. The caller holds the case's lock, so
   * versions of a field never skip or repeat.
   */
  int write(long caseId, String field, @Nullable Object value, @Nullable Long by, Instant at) {
    return jdbc.sql("""
            insert into case_form_value (case_id, field, value, version, updated_by, updated_at)
            values (?, ?, cast(? as jsonb), 1, ?, ?)
            on conflict (case_id, field) do update set value = excluded.value,
              version = case_form_value.version + 1, updated_by = excluded.updated_by, updated_at = excluded.updated_at
            returning version""")
        .params(caseId, field, value == null ? null : json.writeValueAsString(value), by, at.atOffset(ZoneOffset.UTC))
        .query(Integer.class).single();
  }

  /** The non-empty values of the schema's fields as the form validator checks them (submit, supplements). */
  Map<String, Object> plainValues(long caseId, CaseSchema schema) {
    Map<String, Object> values = new LinkedHashMap<>();
    values(caseId).forEach((field, value) -> {
      if (schema.field(field).isPresent() && value.value() != null) {
        values.put(field, plain(value.value()));
      }
    });
    return values;
  }

  /** Whether a stored value and a new one are the same JSON (a write that changes nothing is skipped). */
  boolean same(@Nullable Object stored, @Nullable Object value) {
    if (stored == null || value == null) {
      return stored == value;
    }
    return json.valueToTree(stored).equals(json.valueToTree(value));
  }

  /** Converts a stored JSON value to what the form validator checks (text, numbers, booleans). */
  @Nullable Object plain(@Nullable Object value) {
    if (value instanceof JsonNode node) {
      return node.isNull() ? null : json.treeToValue(node, Object.class);
    }
    return value;
  }
}
