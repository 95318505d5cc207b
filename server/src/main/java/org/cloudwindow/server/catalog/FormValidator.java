package org.cloudwindow.server.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.cloudwindow.server.web.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * Checks form values against a matter's form schema. Problem codes have translations under
 * {@code validation.<code>}, so a caller can throw them in an {@code ApiException} as they are.
 */
final class FormValidator {

  /** A TEXT field without its own maxLength still may not swallow a pasted document. */
  static final int DEFAULT_MAX_LENGTH = 500;
  private static final Pattern PHONE = Pattern.compile("1\\d{10}");

  private FormValidator() {}

  /**
   * @param complete true to require every required field (submitting a form); false to check only
   *     the values present (a draft edited field by field)
   */
  static List<FieldProblem> validate(Matter matter, Map<String, ?> values, boolean complete) {
    List<FieldProblem> problems = new ArrayList<>();
    for (FormField field : matter.formFields()) {
      Object value = values.get(field.name());
      if (isEmpty(value)) {
        if (field.required() && (complete || values.containsKey(field.name()))) {
          problems.add(new FieldProblem(field.name(), "required", "required"));
        }
        continue;
      }
      FieldProblem problem = check(field, value);
      if (problem != null) {
        problems.add(problem);
      }
    }
    for (String name : values.keySet()) {
      if (matter.formFields().stream().noneMatch(field -> field.name().equals(name))) {
        problems.add(new FieldProblem(name, "unknown-field", "not a field of this form"));
      }
    }
    return problems;
  }

  private static @Nullable FieldProblem check(FormField field, Object value) {
    String name = field.name();
    return switch (field.type()) {
      case TEXT -> checkText(field, value);
      case NUMBER -> checkNumber(field, value);
      case DATE -> value instanceof String text && isIsoDate(text)
          ? null : new FieldProblem(name, "date", "not a date of the form 2026-11-21");
      case SELECT -> value instanceof String text
          && field.options().stream().anyMatch(option -> option.value().equals(text))
          ? null : new FieldProblem(name, "option", "not one of the choices");
      case ID_NUMBER -> value instanceof String text && ChineseIdNumber.isValid(text.strip())
          ? null : new FieldProblem(name, "id-number", "not a valid ID number");
      case PHONE -> value instanceof String text && PHONE.matcher(text.strip()).matches()
          ? null : new FieldProblem(name, "phone", "not a mobile number of 11 digits starting with 1");
    };
  }

  private static @Nullable FieldProblem checkText(FormField field, Object value) {
    if (!(value instanceof String text)) {
      return new FieldProblem(field.name(), "type", "must be text");
    }
    int max = field.maxLength() == null ? DEFAULT_MAX_LENGTH : field.maxLength();
    if (text.codePointCount(0, text.length()) > max) {
      return new FieldProblem(field.name(), "too-long", "at most " + max + " characters");
    }
    if (field.pattern() != null && !matches(field.pattern(), text)) {
      return new FieldProblem(field.name(), "Pattern", "wrong format");
    }
    return null;
  }

  private static @Nullable FieldProblem checkNumber(FormField field, Object value) {
    BigDecimal number = toNumber(value);
    if (number == null) {
      return new FieldProblem(field.name(), "number", "not a number");
    }
    if (field.min() != null && number.compareTo(field.min()) < 0) {
      return new FieldProblem(field.name(), "too-small", "at least " + field.min().toPlainString());
    }
    if (field.max() != null && number.compareTo(field.max()) > 0) {
      return new FieldProblem(field.name(), "too-large", "at most " + field.max().toPlainString());
    }
    return null;
  }

  private static @Nullable BigDecimal toNumber(Object value) {
    try {
      if (value instanceof BigDecimal decimal) {
        return decimal;
      }
      if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
        return BigDecimal.valueOf(((Number) value).longValue());
      }
      if (value instanceof Number number) {
        double d = number.doubleValue();
        return Double.isFinite(d) ? new BigDecimal(number.toString()) : null;
      }
      // Form inputs often send numbers as text; a bare decimal is accepted, "1e9" or "12元" is not.
      if (value instanceof String text && text.strip().matches("-?\\d{1,15}(\\.\\d{1,6})?")) {
        return new BigDecimal(text.strip());
      }
    } catch (NumberFormatException e) {
      return null;
    }
    return null;
  }

  private static boolean isIsoDate(String text) {
    try {
      LocalDate.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** Patterns were compiled when the catalogue was imported; a broken one refuses rather than fails. */
  private static boolean matches(String pattern, String text) {
    try {
      return Pattern.compile(pattern).matcher(text).matches();
    } catch (PatternSyntaxException e) {
      return false;
    }
  }

  private static boolean isEmpty(@Nullable Object value) {
    return value == null || value instanceof String text && text.isBlank();
  }
}
