package org.cloudwindow.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every problem code the catalogue raises has a message in both languages. */
class CatalogMessagesTest {

  static final List<String> IMPORT_CODES = List.of("malformed", "not-array", "empty", "expected-object",
      "expected-string", "expected-integer", "expected-number", "expected-boolean", "expected-array",
      "unknown-field", "required", "format", "duplicate", "not-found", "invalid-value", "out-of-range",
      "too-few", "too-long", "options-required", "not-applicable", "invalid-pattern", "min-above-max");
  static final List<String> FORM_CODES = List.of("required", "unknown-field", "type", "date", "option",
      "id-number", "phone", "too-long", "Pattern", "number", "too-small", "too-large");

  @Test
  void everyCodeHasAMessageInEnglishAndChinese() throws Exception {
    for (String bundle : List.of("/messages.properties", "/messages_zh_CN.properties")) {
      Properties messages = new Properties();
      try (var in = new InputStreamReader(getClass().getResourceAsStream(bundle), StandardCharsets.UTF_8)) {
        messages.load(in);
      }
      IMPORT_CODES.forEach(code -> assertThat(messages).as(bundle).containsKey("catalog.import." + code));
      FORM_CODES.forEach(code -> assertThat(messages).as(bundle).containsKey("validation." + code));
      IMPORT_CODES.forEach(code -> assertThat(messages.getProperty("catalog.import." + code))
          .as("%s %s", bundle, code).contains("{0}").doesNotContain("'"));
    }
  }
}
