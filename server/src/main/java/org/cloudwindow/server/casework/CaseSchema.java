package org.cloudwindow.server.casework;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cloudwindow.server.catalog.CatalogService;
import org.cloudwindow.server.catalog.FieldType;
import org.cloudwindow.server.catalog.FormField;
import org.cloudwindow.server.catalog.HandlingTier;
import org.cloudwindow.server.catalog.Matter;
import org.cloudwindow.server.web.FieldProblem;
import org.cloudwindow.server.web.PersonalData;
import org.jspecify.annotations.Nullable;

/**
 * The merged form of a case's matters (一事联办): every field once, by name, in the order the
 * matters list them; a field two matters share (the applicant's name) is filled once. Values are
 * checked against every matter that asks for the field, so the stricter rule holds.
 */
final class CaseSchema {

  private final List<Matter> matters;
  private final Map<String, CaseField> fields = new LinkedHashMap<>();

  private CaseSchema(List<Matter> matters) {
    this.matters = List.copyOf(matters);
    for (Matter matter : matters) {
      for (FormField field : matter.formFields()) {
        fields.putIfAbsent(field.name(), CaseField.of(field));
      }
    }
  }

  static CaseSchema of(CatalogService catalog, List<String> matterCodes) {
    return new CaseSchema(matterCodes.stream().map(catalog::get).toList());
  }

  List<Matter> matters() {
    return matters;
  }

  List<CaseField> fields() {
    return List.copyOf(fields.values());
  }

  Optional<CaseField> field(String name) {
    return Optional.ofNullable(fields.get(name));
  }

  /** Two-level when any matter is: the district must approve before the case concludes. */
  boolean twoLevel() {
    return matters.stream().anyMatch(m -> m.handlingTier() == HandlingTier.TWO_LEVEL);
  }

  /** Names that are not fields of this form, as problems. */
  List<FieldProblem> unknown(Set<String> names) {
    return names.stream().filter(name -> !fields.containsKey(name))
        .map(name -> new FieldProblem(name, "unknown-field", "not a field of this form")).toList();
  }

  /**
   * Problems of known values by their fields' types.
   *
   * @param complete true to also require every required field (submitting); false for a draft
   *     edited field by field, where emptying a field is allowed
   */
  List<FieldProblem> check(CatalogService catalog, Map<String, ?> values, boolean complete) {
    Set<FieldProblem> problems = new LinkedHashSet<>();
    for (Matter matter : matters) {
      Map<String, Object> own = new LinkedHashMap<>();
      matter.formFields().stream().filter(f -> values.containsKey(f.name())).forEach(f -> own.put(f.name(), values.get(f.name())));
      List<FieldProblem> found = complete ? catalog.validateForm(matter.code(), own)
          : catalog.validateFormFields(matter.code(), own);
      found.stream().filter(p -> complete || !p.code().equals("required")).forEach(problems::add);
    }
    return dedupe(problems);
  }

  /** The value as the timeline keeps it: masked when the field is personal data. */
  @Nullable Object forTimeline(String name, @Nullable Object value) {
    CaseField field = fields.get(name);
    if (value == null || field == null || !field.sensitive()) {
      return value;
    }
    String text = String.valueOf(value);
    return field.field().type() == FieldType.PHONE ? PersonalData.maskPhone(text) : PersonalData.maskIdNumber(text);
  }

  /** Strips the text of ID numbers and phones (pasted with spaces) and upper-cases the check digit. */
  @Nullable Object normalise(String name, @Nullable Object value) {
    if (value instanceof String text && text.isBlank()) {
      return null;
    }
    CaseField field = fields.get(name);
    if (field != null && value instanceof String text) {
      return switch (field.field().type()) {
        case ID_NUMBER -> text.strip().toUpperCase(java.util.Locale.ROOT);
        case PHONE -> text.strip();
        default -> text;
      };
    }
    return value;
  }

  /** One problem per field and code, whichever matter found it. */
  private static List<FieldProblem> dedupe(Set<FieldProblem> problems) {
    Map<String, FieldProblem> unique = new LinkedHashMap<>();
    problems.forEach(p -> unique.putIfAbsent(p.field() + "\u0000" + p.code(), p));
    return new ArrayList<>(unique.values());
  }
}
