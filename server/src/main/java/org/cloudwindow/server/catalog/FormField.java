package org.cloudwindow.server.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A field of a matter's application form, as the tablet renders it and the server checks it.
 *
 * @param name the key of the value in the case's form data; letters and digits, starting with a
 *     lower-case letter, so it can also name the {@code case-field-<name>} test id
 * @param options the choices of a {@link FieldType#SELECT} field; empty for the other types
 * @param maxLength the most characters of a {@link FieldType#TEXT} value
 * @param min the smallest {@link FieldType#NUMBER} allowed
 * @param max the largest {@link FieldType#NUMBER} allowed
 * @param pattern a regular expression a whole {@link FieldType#TEXT} value must match
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FormField(String name, String label, String labelEn, FieldType type, boolean required,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<SelectOption> options,
    @Nullable Integer maxLength, @Nullable BigDecimal min, @Nullable BigDecimal max, @Nullable String pattern) {

  public FormField {
    options = options == null ? List.of() : List.copyOf(options);
  }
}
