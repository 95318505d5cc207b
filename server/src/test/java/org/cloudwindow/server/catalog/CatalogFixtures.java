package org.cloudwindow.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cloudwindow.server.site.Department;

/** The bundled seed and the departments of the first changelog, read without Spring. */
final class CatalogFixtures {

  static final List<Department> DEPARTMENTS = List.of(
      new Department("CIVIL_AFFAIRS", "民政", "Civil Affairs"),
      new Department("HUMAN_RESOURCES", "人社", "Human Resources & Social Security"),
      new Department("MEDICAL_INSURANCE", "医保", "Medical Insurance"),
      new Department("PUBLIC_SECURITY", "公安", "Public Security"),
      new Department("MARKET_REGULATION", "市场监管", "Market Regulation"),
      new Department("VETERANS_AFFAIRS", "退役军人事务", "Veterans Affairs"));
  static final Set<String> DEPARTMENT_CODES =
      DEPARTMENTS.stream().map(Department::code).collect(Collectors.toUnmodifiableSet());

  private static List<Matter> seed;

  private CatalogFixtures() {}

  static synchronized List<Matter> seed() {
    if (seed == null) {
      MatterReader.Result result = read(CatalogSeed.read());
      assertThat(result.violations()).as("the bundled seed breaks import rules").isEmpty();
      seed = result.matters();
    }
    return seed;
  }

  static MatterReader.Result read(byte[] json) {
    return MatterReader.read(LocatedJson.read(json), DEPARTMENT_CODES);
  }

  static MatterReader.Result read(String json) {
    return read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
