package org.cloudwindow.server.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.cloudwindow.server.catalog.LocatedJson.Located;
import org.jspecify.annotations.Nullable;

/** The form schema part of {@link MatterReader}: typed fields and their constraints. */
final class FormFieldReader {

  /** Letters and digits from a lower-case letter, as form data keys and test ids need. */
  static final Pattern FIELD_NAME = Pattern.compile("[a-z][A-Za-z0-9]{0,39}");
  static final int MAX_LENGTH_LIMIT = 10_000;

  private static final Set<String> FIELD_FIELDS = Set.of("name", "label", "labelEn", "type", "required",
      "options", "maxLength", "min", "max", "pattern");
  private static final Set<String> OPTION_FIELDS = Set.of("value", "label", "labelEn");

  private FormFieldReader() {}

  static @Nullable List<FormField> fields(JsonFields matter, List<Violation> violations) {
    List<Located> items = matter.array("formFields", true);
    if (items == null) {
      return null;
    }
    List<FormField> fields = new ArrayList<>();
    Map<String, Integer> firstLine = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      int before = violations.size();
      JsonFields json = JsonFields.of(items.get(i), matter.path("formFields[" + i + "]"), FIELD_FIELDS, violations);
      if (json == null) {
        continue;
      }
      String name = json.string("name", true);
      if (name != null && !FIELD_NAME.matcher(name).matches()) {
        json.violation("name", "format", name, "applicantName");
      } else if (name != null && firstLine.putIfAbsent(name, json.line("name")) != null) {
        json.violation("name", "duplicate", name, String.valueOf(firstLine.get(name)));
      }
      String label = MatterReader.text(json, "label");
      String labelEn = MatterReader.text(json, "labelEn");
      FieldType type = constant(json, "type", FieldType.class);
      Boolean required = json.bool("required", true);
      List<SelectOption> options = options(json, type, violations);
      Integer maxLength = json.integer("maxLength", false);
      BigDecimal min = json.number("min");
      BigDecimal max = json.number("max");
      String pattern = json.string("pattern", false);
      if (type != null) {
        constraints(json, type, maxLength, min, max, pattern);
      }
      if (violations.size() == before && name != null && label != null && labelEn != null && type != null
          && required != null) {
        fields.add(new FormField(name, label, labelEn, type, required, options, maxLength, min, max, pattern));
      }
    }
    return fields;
  }

  private static void constraints(JsonFields json, FieldType type, @Nullable Integer maxLength,
      @Nullable BigDecimal min, @Nullable BigDecimal max, @Nullable String pattern) {
    if (maxLength != null && type != FieldType.TEXT) {
      json.violation("maxLength", "not-applicable", type.name());
    } else if (maxLength != null && (maxLength < 1 || maxLength > MAX_LENGTH_LIMIT)) {
      json.violation("maxLength", "out-of-range", "1", String.valueOf(MAX_LENGTH_LIMIT));
    }
    if (pattern != null && type != FieldType.TEXT) {
      json.violation("pattern", "not-applicable", type.name());
    } else if (pattern != null) {
      try {
        Pattern.compile(pattern);
      } catch (PatternSyntaxException e) {
        json.violation("pattern", "invalid-pattern", pattern);
      }
    }
    for (String bound : new String[] {"min", "max"}) {
      if ((bound.equals("min") ? min : max) != null && type != FieldType.NUMBER) {
        json.violation(bound, "not-applicable", type.name());
      }
    }
    if (min != null && max != null && min.compareTo(max) > 0) {
      json.violation("min", "min-above-max", min.toPlainString(), max.toPlainString());
    }
  }

  private static List<SelectOption> options(JsonFields json, @Nullable FieldType type, List<Violation> violations) {
    List<Located> items = json.array("options", false);
    if (type == FieldType.SELECT && (items == null || items.isEmpty())) {
      json.violation("options", "options-required");
      return List.of();
    }
    if (items == null || items.isEmpty()) {
      return List.of();
    }
    if (type != null && type != FieldType.SELECT) {
      json.violation("options", "not-applicable", type.name());
      return List.of();
    }
    List<SelectOption> options = new ArrayList<>();
    Map<String, Integer> firstLine = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      JsonFields option = JsonFields.of(items.get(i), json.path("options[" + i + "]"), OPTION_FIELDS, violations);
      if (option == null) {
        continue;
      }
      String value = MatterReader.text(option, "value");
      if (value != null && firstLine.putIfAbsent(value, option.line("value")) != null) {
        option.violation("value", "duplicate", value, String.valueOf(firstLine.get(value)));
      }
      String label = MatterReader.text(option, "label");
      String labelEn = MatterReader.text(option, "labelEn");
      if (value != null && label != null && labelEn != null) {
        options.add(new SelectOption(value, label, labelEn));
      }
    }
    return options;
  }

  /** An enum constant by its exact name; anything else is reported with the allowed names. */
  static <E extends Enum<E>> @Nullable E constant(JsonFields json, String name, Class<E> type) {
    String text = json.string(name, true);
    if (text == null) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    json.violation(name, "invalid-value", text, MatterReader.allowed(type));
    return null;
  }
}
