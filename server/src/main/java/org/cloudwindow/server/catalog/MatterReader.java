package org.cloudwindow.server.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cloudwindow.server.catalog.LocatedJson.Located;
import org.jspecify.annotations.Nullable;

/**
 * Turns an import file (a JSON array of matters, the export's shape) into matters, collecting
 * every broken rule with its line. The seed at start-up and an admin's upload both come here, so
 * the catalogue holds nothing this reader would refuse.
 */
final class MatterReader {

  /** Area code (6 digits), department letters, sequence: {@code 330203-MZ-0001}. */
  static final Pattern CODE = Pattern.compile("\\d{6}-[A-Z]{2,4}-\\d{4}");
  static final String CODE_EXAMPLE = "330203-MZ-0001";
  /** Material codes are shared across matters, so they read like constants: {@code ID_CARD}. */
  static final Pattern MATERIAL_CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
  static final int MIN_ALIASES = 2;
  static final int MAX_PROMISED_DAYS = 60;
  static final int MAX_TEXT = 200;

  private static final Set<String> MATTER_FIELDS = Set.of("code", "name", "aliases", "departmentCode",
      "handlingTier", "promisedDays", "remoteEligible", "materials", "formFields", "enabled");
  private static final Set<String> MATERIAL_FIELDS = Set.of("code", "name", "mandatory");

  private MatterReader() {}

  record Result(List<Matter> matters, List<Violation> violations) {}

  static Result read(Located root, Set<String> departmentCodes) {
    List<Violation> violations = new ArrayList<>();
    if (!(root.value() instanceof List<?> items)) {
      violations.add(new Violation("", root.line(), "not-array"));
      return new Result(List.of(), violations);
    }
    if (items.isEmpty()) {
      violations.add(new Violation("", root.line(), "empty"));
    }
    List<Matter> matters = new ArrayList<>();
    Map<String, Integer> firstLineOfCode = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      int before = violations.size();
      Matter matter = matter((Located) items.get(i), "[" + i + "]", departmentCodes, firstLineOfCode, violations);
      if (matter != null && violations.size() == before) {
        matters.add(matter);
      }
    }
    return new Result(matters, violations);
  }

  private static @Nullable Matter matter(Located value, String path, Set<String> departments,
      Map<String, Integer> firstLineOfCode, List<Violation> violations) {
    JsonFields json = JsonFields.of(value, path, MATTER_FIELDS, violations);
    if (json == null) {
      return null;
    }
    String code = json.string("code", true);
    if (code != null) {
      if (!CODE.matcher(code).matches()) {
        json.violation("code", "format", code, CODE_EXAMPLE);
      } else if (firstLineOfCode.containsKey(code)) {
        json.violation("code", "duplicate", code, String.valueOf(firstLineOfCode.get(code)));
      } else {
        firstLineOfCode.put(code, json.line("code"));
      }
    }
    String name = text(json, "name");
    List<String> aliases = aliases(json);
    String department = json.string("departmentCode", true);
    if (department != null && !departments.contains(department)) {
      json.violation("departmentCode", "not-found", department);
    }
    HandlingTier tier = FormFieldReader.constant(json, "handlingTier", HandlingTier.class);
    Integer days = json.integer("promisedDays", true);
    if (days != null && (days < 1 || days > MAX_PROMISED_DAYS)) {
      json.violation("promisedDays", "out-of-range", "1", String.valueOf(MAX_PROMISED_DAYS));
    }
    Boolean remote = json.bool("remoteEligible", true);
    List<MaterialRequirement> materials = materials(json, violations);
    List<FormField> formFields = FormFieldReader.fields(json, violations);
    Boolean enabled = json.bool("enabled", false);
    if (code == null || name == null || department == null || tier == null || days == null
        || remote == null || materials == null || formFields == null) {
      return null;
    }
    return new Matter(code, name, aliases, department, tier, days, remote, materials, formFields,
        enabled == null || enabled);
  }

  /** A required string of at most {@link #MAX_TEXT} characters. */
  static @Nullable String text(JsonFields json, String name) {
    String text = json.string(name, true);
    if (text != null && text.codePointCount(0, text.length()) > MAX_TEXT) {
      json.violation(name, "too-long", String.valueOf(MAX_TEXT));
      return null;
    }
    return text;
  }

  private static List<String> aliases(JsonFields json) {
    List<Located> items = json.array("aliases", true);
    if (items == null) {
      return List.of();
    }
    Map<String, Integer> aliases = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) {
      String path = "aliases[" + i + "]";
      Located item = items.get(i);
      if (!(item.value() instanceof String alias) || alias.isBlank()) {
        json.violation(path, item.line(), item.value() instanceof String ? "required" : "expected-string");
        continue;
      }
      String stripped = alias.strip();
      if (stripped.codePointCount(0, stripped.length()) > MAX_TEXT) {
        json.violation(path, item.line(), "too-long", String.valueOf(MAX_TEXT));
      } else if (aliases.putIfAbsent(stripped, item.line()) != null) {
        json.violation(path, item.line(), "duplicate", stripped, String.valueOf(aliases.get(stripped)));
      }
    }
    if (aliases.size() < MIN_ALIASES) {
      json.violation("aliases", "too-few", String.valueOf(MIN_ALIASES));
    }
    return List.copyOf(aliases.keySet());
  }

  private static @Nullable List<MaterialRequirement> materials(JsonFields json, List<Violation> violations) {
    List<Located> items = json.array("materials", true);
    if (items == null) {
      return null;
    }
    List<MaterialRequirement> materials = new ArrayList<>();
    Map<String, Integer> firstLine = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      JsonFields material = JsonFields.of(items.get(i), json.path("materials[" + i + "]"), MATERIAL_FIELDS, violations);
      if (material == null) {
        continue;
      }
      String code = material.string("code", true);
      if (code != null && !MATERIAL_CODE.matcher(code).matches()) {
        material.violation("code", "format", code, "ID_CARD");
        code = null;
      } else if (code != null && firstLine.putIfAbsent(code, material.line("code")) != null) {
        material.violation("code", "duplicate", code, String.valueOf(firstLine.get(code)));
        code = null;
      }
      String name = text(material, "name");
      Boolean mandatory = material.bool("mandatory", true);
      if (code != null && name != null && mandatory != null) {
        materials.add(new MaterialRequirement(code, name, mandatory));
      }
    }
    return materials;
  }

  /** The names of an enum's constants, for a message listing the allowed values. */
  static String allowed(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
