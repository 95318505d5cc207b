package org.cloudwindow.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cloudwindow.server.web.FieldProblem;
import org.junit.jupiter.api.Test;

class FormValidatorTest {

  private static final Matter MATTER = new Matter("330203-MZ-9999", "测试事项", List.of("a", "b"),
      "CIVIL_AFFAIRS", HandlingTier.TOWNSHIP, 5, true, List.of(), List.of(
          new FormField("name", "姓名", "Name", FieldType.TEXT, true, List.of(), 4, null, null, null),
          new FormField("account", "账号", "Account", FieldType.TEXT, false, List.of(), null, null, null, "\\d{12,19}"),
          new FormField("idNumber", "身份证号码", "ID number", FieldType.ID_NUMBER, true, List.of(), null, null, null, null),
          new FormField("phone", "电话", "Phone", FieldType.PHONE, true, List.of(), null, null, null, null),
          new FormField("born", "出生日期", "Born", FieldType.DATE, false, List.of(), null, null, null, null),
          new FormField("people", "人数", "People", FieldType.NUMBER, false, List.of(), null,
              BigDecimal.ONE, new BigDecimal("20"), null),
          new FormField("relation", "关系", "Relation", FieldType.SELECT, true,
              List.of(new SelectOption("SELF", "本人", "Self"), new SelectOption("CHILD", "子女", "Child")),
              null, null, null, null)), true);

  private static Map<String, Object> valid() {
    Map<String, Object> values = new HashMap<>();
    values.put("name", "王秀英");
    values.put("idNumber", "330203193807150043");
    values.put("phone", "13812345678");
    values.put("relation", "CHILD");
    return values;
  }

  private static Map<String, String> codes(List<FieldProblem> problems) {
    Map<String, String> codes = new HashMap<>();
    problems.forEach(problem -> codes.put(problem.field(), problem.code()));
    return codes;
  }

  @Test
  void acceptsAValidForm() {
    Map<String, Object> values = valid();
    values.put("account", "6222021234567890");
    values.put("born", "1938-07-15");
    values.put("people", 3);
    values.put("idNumber", "11010519491231002x");
    assertThat(FormValidator.validate(MATTER, values, true)).isEmpty();
    values.put("people", "20");
    values.put("born", "");
    assertThat(FormValidator.validate(MATTER, values, true)).isEmpty();
  }

  @Test
  void reportsEveryRequiredFieldMissingFromACompleteForm() {
    assertThat(codes(FormValidator.validate(MATTER, Map.of(), true))).containsOnly(
        Map.entry("name", "required"), Map.entry("idNumber", "required"), Map.entry("phone", "required"),
        Map.entry("relation", "required"));
  }

  @Test
  void aDraftIsCheckedOnlyForTheValuesItHas() {
    assertThat(FormValidator.validate(MATTER, Map.of("phone", "13812345678"), false)).isEmpty();
    assertThat(codes(FormValidator.validate(MATTER, Map.of("phone", " "), false)))
        .containsOnly(Map.entry("phone", "required"));
  }

  @Test
  void checksEachTypeOfValue() {
    Map<String, Object> values = valid();
    values.put("name", "欧阳娜娜娜");
    values.put("account", "62220212");
    values.put("idNumber", "330203193807150044");
    values.put("phone", "23812345678");
    values.put("born", "1938/07/15");
    values.put("relation", "NEIGHBOUR");
    values.put("nickname", "x");
    assertThat(codes(FormValidator.validate(MATTER, values, true))).containsOnly(
        Map.entry("name", "too-long"), Map.entry("account", "Pattern"), Map.entry("idNumber", "id-number"),
        Map.entry("phone", "phone"), Map.entry("born", "date"), Map.entry("relation", "option"),
        Map.entry("nickname", "unknown-field"));
  }

  @Test
  void keepsNumbersWithinTheirBounds() {
    Map<String, Object> values = valid();
    values.put("people", 0);
    assertThat(codes(FormValidator.validate(MATTER, values, true))).containsOnly(Map.entry("people", "too-small"));
    values.put("people", 20.5);
    assertThat(codes(FormValidator.validate(MATTER, values, true))).containsOnly(Map.entry("people", "too-large"));
    values.put("people", "3人");
    assertThat(codes(FormValidator.validate(MATTER, values, true))).containsOnly(Map.entry("people", "number"));
    values.put("people", true);
    assertThat(codes(FormValidator.validate(MATTER, values, true))).containsOnly(Map.entry("people", "number"));
  }

  @Test
  void refusesValuesOfTheWrongJsonType() {
    Map<String, Object> values = valid();
    values.put("name", 42);
    values.put("phone", 13812345678L);
    assertThat(codes(FormValidator.validate(MATTER, values, true))).containsOnly(
        Map.entry("name", "type"), Map.entry("phone", "phone"));
  }
}
