package org.cloudwindow.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.cloudwindow.server.catalog.LocatedJson.MalformedJson;
import org.junit.jupiter.api.Test;

/** Each import rule, and that each problem points at the right line of the file. */
class MatterReaderTest {

  static String matter(String code) {
    return """
          {
            "code": "%s",
            "name": "高龄津贴申领",
            "aliases": ["给80岁以上老人领钱", "老人长寿补贴"],
            "departmentCode": "CIVIL_AFFAIRS",
            "handlingTier": "TOWNSHIP",
            "promisedDays": 5,
            "remoteEligible": true,
            "materials": [
              {"code": "ID_CARD", "name": "居民身份证", "mandatory": true},
              {"code": "BANK_CARD", "name": "银行卡", "mandatory": false}
            ],
            "formFields": [
              {"name": "applicantName", "label": "姓名", "labelEn": "Name", "type": "TEXT", "required": true, "maxLength": 50},
              {"name": "relation", "label": "关系", "labelEn": "Relation", "type": "SELECT", "required": true,
               "options": [{"value": "SELF", "label": "本人", "labelEn": "Self"}]}
            ]
          }""".formatted(code);
  }

  static String file(String... matters) {
    return "[\n" + String.join(",\n", matters) + "\n]\n";
  }

  /** The line (from 1) of the n-th occurrence (from 1) of a marker. */
  static int line(String text, String marker, int occurrence) {
    int at = -1;
    for (int i = 0; i < occurrence; i++) {
      at = text.indexOf(marker, at + 1);
      assertThat(at).as("occurrence %d of %s", i + 1, marker).isNotNegative();
    }
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  static int line(String text, String marker) {
    return line(text, marker, 1);
  }

  private static List<Violation> violations(String file) {
    MatterReader.Result result = CatalogFixtures.read(file);
    return result.violations();
  }

  @Test
  void readsAValidFile() {
    MatterReader.Result result = CatalogFixtures.read(file(matter("330203-MZ-0001"), matter("330203-MZ-0002")));
    assertThat(result.violations()).isEmpty();
    assertThat(result.matters()).hasSize(2);
    Matter first = result.matters().get(0);
    assertThat(first.enabled()).isTrue();
    assertThat(first.aliases()).containsExactly("给80岁以上老人领钱", "老人长寿补贴");
    assertThat(first.materials()).containsExactly(new MaterialRequirement("ID_CARD", "居民身份证", true),
        new MaterialRequirement("BANK_CARD", "银行卡", false));
    assertThat(first.formFields().get(1).options()).containsExactly(new SelectOption("SELF", "本人", "Self"));
    assertThat(first.formFields().get(0).maxLength()).isEqualTo(50);
  }

  @Test
  void malformedJsonReportsJacksonsLineAndColumn() {
    String broken = file(matter("330203-MZ-0001"), matter("330203-MZ-0002").replace("\"promisedDays\": 5,", "\"promisedDays\": 5"));
    assertThatThrownBy(() -> LocatedJson.read(broken.getBytes()))
        .isInstanceOfSatisfying(MalformedJson.class, e -> {
          assertThat(e.line).isEqualTo(line(broken, "\"remoteEligible\"", 2));
          assertThat(e.column).isPositive();
        });
    String duplicateKey = file(matter("330203-MZ-0001").replace("\"promisedDays\": 5,", "\"promisedDays\": 5, \"promisedDays\": 6,"));
    assertThatThrownBy(() -> LocatedJson.read(duplicateKey.getBytes()))
        .isInstanceOfSatisfying(MalformedJson.class, e -> assertThat(e.line).isEqualTo(line(duplicateKey, "\"promisedDays\"")));
    assertThatThrownBy(() -> LocatedJson.read(new byte[0])).isInstanceOf(MalformedJson.class);
    assertThatThrownBy(() -> LocatedJson.read("[]\n{}".getBytes()))
        .isInstanceOfSatisfying(MalformedJson.class, e -> assertThat(e.line).isEqualTo(2));
  }

  @Test
  void theFileMustBeANonEmptyArray() {
    assertThat(violations("{\"code\": \"x\"}")).extracting(Violation::code).containsExactly("not-array");
    assertThat(violations("\n[ ]")).extracting(Violation::code, Violation::line).containsExactly(tuple("empty", 2));
  }

  @Test
  void codesHaveOneFormatAndAreUniqueInTheFile() {
    String file = file(matter("330203-MZ-0001"), matter("MZ-1"), matter("330203-MZ-0001"), matter("330203-mz-0003"));
    assertThat(violations(file)).extracting(Violation::field, Violation::code, Violation::line, Violation::details)
        .containsExactly(
            tuple("[1].code", "format", line(file, "\"MZ-1\""), List.of("MZ-1", "330203-MZ-0001")),
            tuple("[2].code", "duplicate", line(file, "\"330203-MZ-0001\"", 2),
                List.of("330203-MZ-0001", String.valueOf(line(file, "\"330203-MZ-0001\"")))),
            tuple("[3].code", "format", line(file, "\"330203-mz-0003\""), List.of("330203-mz-0003", "330203-MZ-0001")));
  }

  @Test
  void reportsEveryProblemOfTheFileAtItsLine() {
    String file = file(matter("330203-MZ-0001"),
        matter("330203-MZ-0002").replace("\"CIVIL_AFFAIRS\"", "\"FOO\"")
            .replace("\"TOWNSHIP\"", "\"CITY\"").replace("\"promisedDays\": 5", "\"promisedDays\": 61")
            .replace("\"name\": \"高龄津贴申领\"", "\"name\": \"  \""),
        matter("330203-MZ-0003").replace("\"给80岁以上老人领钱\", ", "").replace("\"promisedDays\": 5", "\"promisedDays\": 2.5")
            .replace("\"remoteEligible\": true", "\"remoteEligible\": \"yes\""));
    List<Violation> violations = violations(file);
    assertThat(violations).extracting(Violation::field, Violation::code, Violation::line).containsExactly(
        tuple("[1].name", "required", line(file, "\"  \"")),
        tuple("[1].departmentCode", "not-found", line(file, "\"FOO\"")),
        tuple("[1].handlingTier", "invalid-value", line(file, "\"CITY\"")),
        tuple("[1].promisedDays", "out-of-range", line(file, "61")),
        tuple("[2].aliases", "too-few", line(file, "[\"老人长寿补贴\"]")),
        tuple("[2].promisedDays", "expected-integer", line(file, "2.5")),
        tuple("[2].remoteEligible", "expected-boolean", line(file, "\"yes\"")));
    assertThat(violations.get(1).details()).containsExactly("FOO");
    assertThat(violations.get(2).details()).containsExactly("CITY", "TOWNSHIP, DISTRICT, TWO_LEVEL");
    assertThat(violations.get(3).details()).containsExactly("1", "60");
    assertThat(CatalogFixtures.read(file).matters()).extracting(Matter::code).containsExactly("330203-MZ-0001");
  }

  @Test
  void missingFieldsPointAtTheMatterAndUnknownOnesAtThemselves() {
    String file = file(matter("330203-MZ-0001").replace("\"departmentCode\": \"CIVIL_AFFAIRS\",", "\"department\": \"CIVIL_AFFAIRS\","),
        "  \"not a matter\"");
    assertThat(violations(file)).extracting(Violation::field, Violation::code, Violation::line).containsExactly(
        tuple("[0].department", "unknown-field", line(file, "\"department\"")),
        tuple("[0].departmentCode", "required", 2),
        tuple("[1]", "expected-object", line(file, "\"not a matter\"")));
  }

  @Test
  void aliasesAreDistinctText() {
    String file = file(matter("330203-MZ-0001").replace("\"老人长寿补贴\"", "\"给80岁以上老人领钱\", 7"));
    assertThat(violations(file)).extracting(Violation::field, Violation::code).containsExactly(
        tuple("[0].aliases[1]", "duplicate"), tuple("[0].aliases[2]", "expected-string"), tuple("[0].aliases", "too-few"));
  }

  @Test
  void materialCodesAreUniqueConstantsWithNames() {
    String file = file(matter("330203-MZ-0001")
        .replace("\"BANK_CARD\", \"name\": \"银行卡\"", "\"ID_CARD\", \"name\": \"\"")
        .replace("{\"code\": \"ID_CARD\", \"name\": \"居民身份证\", \"mandatory\": true}",
            "{\"code\": \"id card\", \"name\": \"居民身份证\"}"));
    assertThat(violations(file)).extracting(Violation::field, Violation::code).containsExactly(
        tuple("[0].materials[0].code", "format"), tuple("[0].materials[0].mandatory", "required"),
        tuple("[0].materials[1].name", "required"));
    String duplicate = file(matter("330203-MZ-0001").replace("\"BANK_CARD\"", "\"ID_CARD\""));
    assertThat(violations(duplicate)).extracting(Violation::field, Violation::code, Violation::line)
        .containsExactly(tuple("[0].materials[1].code", "duplicate", line(duplicate, "\"ID_CARD\"", 2)));
  }

  @Test
  void formFieldsAreUniqueTypedAndConsistent() {
    String file = file(matter("330203-MZ-0001")
        .replace("\"name\": \"relation\"", "\"name\": \"applicantName\"")
        .replace("\"type\": \"TEXT\", \"required\": true, \"maxLength\": 50",
            "\"type\": \"STRING\", \"required\": true, \"lable\": \"x\"")
        .replace("\"options\": [{\"value\": \"SELF\", \"label\": \"本人\", \"labelEn\": \"Self\"}]", "\"options\": []"));
    assertThat(violations(file)).extracting(Violation::field, Violation::code).containsExactly(
        tuple("[0].formFields[0].lable", "unknown-field"),
        tuple("[0].formFields[0].type", "invalid-value"),
        tuple("[0].formFields[1].name", "duplicate"),
        tuple("[0].formFields[1].options", "options-required"));
  }

  @Test
  void constraintsMustFitTheFieldType() {
    String fields = """
        [
              {"name": "a", "label": "甲", "labelEn": "A", "type": "NUMBER", "required": true, "min": 5, "max": 1, "maxLength": 3},
              {"name": "b", "label": "乙", "labelEn": "B", "type": "TEXT", "required": false, "pattern": "[0-9", "min": 1},
              {"name": "c", "label": "丙", "labelEn": "C", "type": "DATE", "required": false,
               "options": [{"value": "X", "label": "x", "labelEn": "x"}]},
              {"name": "d", "label": "丁", "labelEn": "D", "type": "TEXT", "required": false, "maxLength": 0},
              {"name": "Bad-name", "label": "戊", "labelEn": "E", "type": "PHONE", "required": false}
            ]""";
    String file = file(matter("330203-MZ-0001").replaceFirst("(?s)\"formFields\": \\[.*\\]", "\"formFields\": " + fields));
    assertThat(violations(file)).extracting(Violation::field, Violation::code).containsExactly(
        tuple("[0].formFields[0].maxLength", "not-applicable"),
        tuple("[0].formFields[0].min", "min-above-max"),
        tuple("[0].formFields[1].pattern", "invalid-pattern"),
        tuple("[0].formFields[1].min", "not-applicable"),
        tuple("[0].formFields[2].options", "not-applicable"),
        tuple("[0].formFields[3].maxLength", "out-of-range"),
        tuple("[0].formFields[4].name", "format"));
  }

  @Test
  void anExplicitlyDisabledMatterStaysDisabled() {
    String file = file(matter("330203-MZ-0001").replace("\"remoteEligible\": true,", "\"remoteEligible\": true, \"enabled\": false,"));
    assertThat(CatalogFixtures.read(file).matters()).singleElement().extracting(Matter::enabled).isEqualTo(false);
  }
}
