package org.cloudwindow.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Search over the bundled seed: what a worker types and what comes first. */
class MatterIndexTest {

  private static final MatterIndex INDEX = MatterIndex.of(CatalogFixtures.seed(), CatalogFixtures.DEPARTMENTS);

  private static MatterSummary first(String query) {
    List<MatterSummary> results = INDEX.search(query, 10);
    assertThat(results).as("results for %s", query).isNotEmpty();
    return results.get(0);
  }

  private static List<String> names(String query, int limit) {
    return INDEX.search(query, limit).stream().map(MatterSummary::name).toList();
  }

  @Test
  void findsByExactCodeFirstThenByCodePrefix() {
    MatterSummary exact = first("330203-MZ-0001");
    assertThat(exact.name()).isEqualTo("高龄津贴申领");
    assertThat(exact.matchedBy()).isEqualTo(MatchKind.CODE);
    assertThat(exact.departmentName()).isEqualTo("民政");

    List<MatterSummary> prefix = INDEX.search("330203-mz", 50);
    assertThat(prefix).hasSize(12).allSatisfy(result -> {
      assertThat(result.code()).startsWith("330203-MZ-");
      assertThat(result.matchedBy()).isEqualTo(MatchKind.CODE);
    });
    // Ties go to the shorter name.
    assertThat(prefix).extracting(result -> result.name().length()).isSorted();
  }

  @Test
  void findsByNameExactBeforeNameSubstring() {
    assertThat(first("丧葬补贴").name()).isEqualTo("丧葬补贴");
    assertThat(first("丧葬补贴").matchedBy()).isEqualTo(MatchKind.NAME);
    List<MatterSummary> identity = INDEX.search("身份证", 10);
    assertThat(identity).extracting(MatterSummary::name)
        .startsWith("居民身份证换领", "居民身份证补领", "临时居民身份证申领");
    assertThat(identity.get(0).matchedBy()).isEqualTo(MatchKind.NAME);
  }

  @Test
  void findsByWhatResidentsSay() {
    MatterSummary senior = first("给80岁以上老人领钱");
    assertThat(senior.name()).isEqualTo("高龄津贴申领");
    assertThat(senior.matchedBy()).isEqualTo(MatchKind.ALIAS);
    assertThat(first("余额,能否给老父亲").name()).isEqualTo("基本医疗保险参保人员历年账户家庭共济备案");
    // 低保 is most of the alias 吃低保, only a part of 低保户看病补助 (医疗救助申请, a shorter name).
    assertThat(names("低保", 10)).startsWith("最低生活保障对象认定", "医疗救助申请");
  }

  @Test
  void findsByPinyinInitialsInAnyCase() {
    for (String query : List.of("gljt", "GLJT", "GlJt", "ＧＬＪＴ", "gljtsl")) {
      MatterSummary result = first(query);
      assertThat(result.name()).as(query).isEqualTo("高龄津贴申领");
      assertThat(result.matchedBy()).isEqualTo(MatchKind.PINYIN);
    }
    assertThat(first("jzz").name()).isEqualTo("居住证办理");
    // Inside a name, and in an alias (医保家庭共济备案).
    assertThat(names("sfz", 10)).contains("居民身份证换领", "居民身份证补领");
    assertThat(names("ybjtgj", 10)).contains("基本医疗保险参保人员历年账户家庭共济备案");
    // The start of an alias (医保家庭共济备案) beats the middle of a name (失业保险金申领).
    assertThat(names("yb", 10)).startsWith("基本医疗保险参保人员历年账户家庭共济备案").contains("失业保险金申领");
  }

  @Test
  void findsSimilarWordingByCharacterPairs() {
    MatterSummary senior = first("高龄补贴");
    assertThat(senior.name()).isEqualTo("高龄津贴申领");
    assertThat(senior.matchedBy()).isEqualTo(MatchKind.SIMILAR);
    assertThat(first("我爸医保卡的余额想给家里人用").name()).isEqualTo("基本医疗保险参保人员历年账户家庭共济备案");
    assertThat(first("办理居住证").name()).isEqualTo("居住证办理");
  }

  @Test
  void ranksCodeThenNameThenAliasThenPinyinThenSimilar() {
    List<MatchKind> kinds = INDEX.search("补贴", 50).stream().map(MatterSummary::matchedBy).toList();
    assertThat(kinds).contains(MatchKind.NAME, MatchKind.ALIAS);
    assertThat(kinds).isSortedAccordingTo(Enum::compareTo);
    assertThat(INDEX.search("高龄补贴", 50)).extracting(MatterSummary::matchedBy).isSorted();
  }

  @Test
  void anEmptyQueryListsTheCatalogueByDepartment() {
    List<MatterSummary> all = INDEX.search("  ", 100);
    assertThat(all).hasSize(CatalogFixtures.seed().size());
    assertThat(all.get(0).departmentCode()).isEqualTo("CIVIL_AFFAIRS");
    List<Integer> order = all.stream().map(result -> CatalogFixtures.DEPARTMENTS.stream()
        .map(d -> d.code()).toList().indexOf(result.departmentCode())).toList();
    assertThat(order).isSorted();
    assertThat(all).allSatisfy(result -> assertThat(result.matchedBy()).isNull());
    assertThat(INDEX.search("", 5)).hasSize(5);
  }

  @Test
  void offersOnlyEnabledMatters() {
    List<Matter> matters = new ArrayList<>(CatalogFixtures.seed());
    Matter senior = matters.get(0);
    matters.set(0, new Matter(senior.code(), senior.name(), senior.aliases(), senior.departmentCode(),
        senior.handlingTier(), senior.promisedDays(), senior.remoteEligible(), senior.materials(),
        senior.formFields(), false));
    MatterIndex index = MatterIndex.of(matters, CatalogFixtures.DEPARTMENTS);
    assertThat(index.search("高龄津贴", 10)).extracting(MatterSummary::name).doesNotContain("高龄津贴申领");
    assertThat(index.size()).isEqualTo(matters.size() - 1);
  }

  @Test
  void findsNothingForNonsense() {
    assertThat(INDEX.search("qqqqxz", 10)).isEmpty();
    assertThat(INDEX.search("火星移民", 10)).isEmpty();
  }
}
