package org.cloudwindow.server.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cloudwindow.server.catalog.LocatedJson.Located;
import org.jspecify.annotations.Nullable;

/**
 * Typed access to one object of an import file that records a {@link Violation} for every field
 * that is missing, of the wrong type or not expected, instead of stopping at the first.
 */
final class JsonFields {

  private final String path;
  private final int line;
  private final Map<String, Located> fields;
  private final List<Violation> violations;

  private JsonFields(String path, int line, Map<String, Located> fields, List<Violation> violations) {
    this.path = path;
    this.line = line;
    this.fields = fields;
    this.violations = violations;
  }

  /** The object at a path, or null (and a violation) when the value is not an object. */
  @SuppressWarnings("unchecked")
  static @Nullable JsonFields of(Located value, String path, Set<String> allowed, List<Violation> violations) {
    if (!(value.value() instanceof Map<?, ?> map)) {
      violations.add(new Violation(path, value.line(), "expected-object"));
      return null;
    }
    JsonFields object = new JsonFields(path, value.line(), (Map<String, Located>) map, violations);
    object.fields.forEach((name, field) -> {
      if (!allowed.contains(name)) {
        violations.add(new Violation(object.path(name), field.line(), "unknown-field"));
      }
    });
    return object;
  }

  String path(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  /** The line of a field's value, or of the object when the field is missing. */
  int line(String name) {
    Located field = fields.get(name);
    return field == null ? line : field.line();
  }

  int line() {
    return line;
  }

  void violation(String name, String code, String... details) {
    violation(name, line(name), code, details);
  }

  /** A violation of a value inside a field, such as the third alias, at that value's own line. */
  void violation(String name, int line, String code, String... details) {
    violations.add(new Violation(path(name), line, code, details));
  }

  /** A string stripped of surrounding spaces; blank counts as missing. */
  @Nullable String string(String name, boolean required) {
    Object value = present(name, required);
    if (value == null) {
      return null;
    }
    if (!(value instanceof String text)) {
      violation(name, "expected-string");
      return null;
    }
    if (text.isBlank()) {
      if (required) {
        violation(name, "required");
      }
      return null;
    }
    return text.strip();
  }

  @Nullable Integer integer(String name, boolean required) {
    Object value = present(name, required);
    if (value == null) {
      return null;
    }
    if (!(value instanceof BigDecimal number) || number.stripTrailingZeros().scale() > 0
        || number.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
      violation(name, "expected-integer");
      return null;
    }
    return number.intValueExact();
  }

  @Nullable BigDecimal number(String name) {
    Object value = present(name, false);
    if (value != null && !(value instanceof BigDecimal)) {
      violation(name, "expected-number");
      return null;
    }
    return (BigDecimal) value;
  }

  @Nullable Boolean bool(String name, boolean required) {
    Object value = present(name, required);
    if (value != null && !(value instanceof Boolean)) {
      violation(name, "expected-boolean");
      return null;
    }
    return (Boolean) value;
  }

  @SuppressWarnings("unchecked")
  @Nullable List<Located> array(String name, boolean required) {
    Object value = present(name, required);
    if (value != null && !(value instanceof List<?>)) {
      violation(name, "expected-array");
      return null;
    }
    return (List<Located>) value;
  }

  private @Nullable Object present(String name, boolean required) {
    Located field = fields.get(name);
    if (field == null || field.value() == null) {
      if (required) {
        violation(name, "required");
      }
      return null;
    }
    return field.value();
  }
}
