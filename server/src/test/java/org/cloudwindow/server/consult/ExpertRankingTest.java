package org.cloudwindow.server.consult;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The order coordinators are offered experts in, and who is offered at all. */
class ExpertRankingTest {

  private static final long DISTRICT = 1;
  private static final long TOWN = 2;
  private static final long OTHER_TOWN = 3;
  private static final Set<Long> SERVED = Set.of(DISTRICT, TOWN);

  @Test
  void moreMatchingTagsComeFirstWhateverTheirCaseOrBlanks() {
    var civil = expert(1, DISTRICT, Availability.AVAILABLE, "民政", "高龄津贴");
    var oneTag = expert(2, DISTRICT, Availability.AVAILABLE, "民政");
    var none = expert(3, DISTRICT, Availability.AVAILABLE, "企业开办");
    var code = expert(4, DISTRICT, Availability.AVAILABLE, "330203-mz-0001 ");

    var ranked = ExpertRanking.rank(List.of(none, oneTag, code, civil), List.of("民政", "高龄津贴", "330203-MZ-0001"),
        SERVED, Map.of());

    assertThat(ranked).extracting(Consultation.Candidate::expertId).containsExactly(1L, 2L, 4L, 3L);
    assertThat(ranked.get(0).matchedTags()).containsExactly("民政", "高龄津贴");
    assertThat(ranked.get(3).matchedTags()).isEmpty();
  }

  @Test
  void amongEqualMatchesAvailableComesBeforeBusyAndOfflineIsLeftOut() {
    var busy = expert(1, DISTRICT, Availability.BUSY, "民政");
    var available = expert(2, DISTRICT, Availability.AVAILABLE, "民政");
    var offline = expert(3, DISTRICT, Availability.OFFLINE, "民政");

    var ranked = ExpertRanking.rank(List.of(busy, offline, available), List.of("民政"), SERVED, Map.of());

    assertThat(ranked).extracting(Consultation.Candidate::expertId).containsExactly(2L, 1L);
  }

  @Test
  void aBetterTagMatchOutranksAvailability() {
    var busyMatch = expert(1, DISTRICT, Availability.BUSY, "民政");
    var availableOther = expert(2, DISTRICT, Availability.AVAILABLE, "人社");

    var ranked = ExpertRanking.rank(List.of(availableOther, busyMatch), List.of("民政"), SERVED, Map.of());

    assertThat(ranked).extracting(Consultation.Candidate::expertId).containsExactly(1L, 2L);
  }

  @Test
  void thenTheFewestConsultationsTodayThenTheLowestIdForAStableOrder() {
    var loaded = expert(1, DISTRICT, Availability.AVAILABLE, "民政");
    var fresh = expert(2, DISTRICT, Availability.AVAILABLE, "民政");
    var alsoFresh = expert(3, DISTRICT, Availability.AVAILABLE, "民政");

    var ranked = ExpertRanking.rank(List.of(alsoFresh, loaded, fresh), List.of("民政"), SERVED, Map.of(1L, 3));

    assertThat(ranked).extracting(Consultation.Candidate::expertId).containsExactly(2L, 3L, 1L);
    assertThat(ranked.get(2).consultationsToday()).isEqualTo(3);
  }

  @Test
  void onlyExpertsServingTheRequestsSiteAndEnabledAreOffered() {
    var district = expert(1, DISTRICT, Availability.AVAILABLE, "民政");
    var town = expert(2, TOWN, Availability.AVAILABLE, "民政");
    var otherTown = expert(3, OTHER_TOWN, Availability.AVAILABLE, "民政");
    var disabled = new Expert(4, "expert 4", DISTRICT, "site", List.of("民政"), Availability.AVAILABLE,
        Availability.AVAILABLE, false);

    var ranked = ExpertRanking.rank(List.of(district, town, otherTown, disabled), List.of("民政"), SERVED, Map.of());

    assertThat(ranked).extracting(Consultation.Candidate::expertId).containsExactly(1L, 2L);
  }

  @Test
  void tagsAreCleanedForStorage() {
    assertThat(ExpertService.cleanTags(List.of(" 民政 ", "民政", "企业开办", "ABC", "abc")))
        .containsExactly("民政", "企业开办", "ABC");
  }

  private static Expert expert(long id, long siteId, Availability availability, String... tags) {
    return new Expert(id, "expert " + id, siteId, "site " + siteId, List.of(tags), availability, availability, true);
  }
}
