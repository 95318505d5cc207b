package org.cloudwindow.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cloudwindow.server.catalog.MatterRepository.Stamp;
import org.cloudwindow.server.site.SiteService;
import org.cloudwindow.server.web.Problems;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;

/** How a node's search index follows imports made on other nodes. */
class CatalogServiceTest {

  private final MatterRepository repository = mock(MatterRepository.class);
  private final SiteService sites = mock(SiteService.class);
  private final List<Matter> rows = new ArrayList<>(CatalogFixtures.seed());

  @BeforeEach
  void database() {
    when(sites.departments()).thenReturn(CatalogFixtures.DEPARTMENTS);
    when(repository.all()).thenAnswer(invocation -> List.copyOf(rows));
    when(repository.stamp()).thenReturn(new Stamp(rows.size(), Instant.parse("2026-11-21T08:00:00Z")));
  }

  private CatalogService catalog(Duration refreshCheck) {
    return new CatalogService(repository, sites, mock(Problems.class), mock(TransactionTemplate.class), refreshCheck);
  }

  /** What another node's import does to the table: a renamed matter and a newer stamp. */
  private void importElsewhere() {
    Matter senior = rows.get(0);
    rows.set(0, new Matter(senior.code(), "高龄津贴(敬老卡)申领", senior.aliases(), senior.departmentCode(),
        senior.handlingTier(), senior.promisedDays(), senior.remoteEligible(), senior.materials(),
        senior.formFields(), true));
    when(repository.stamp()).thenReturn(new Stamp(rows.size(), Instant.parse("2026-11-21T09:00:00Z")));
  }

  @Test
  void seesAnotherNodesImportOnceTheRefreshIntervalHasPassed() {
    CatalogService catalog = catalog(Duration.ZERO);
    assertThat(catalog.search("敬老卡", 5)).isEmpty();

    importElsewhere();

    assertThat(catalog.search("敬老卡", 5)).extracting(MatterSummary::name).containsExactly("高龄津贴(敬老卡)申领");
    verify(repository, times(2)).all();
  }

  @Test
  void withinTheIntervalSearchesNeverTouchTheDatabase() {
    CatalogService catalog = catalog(Duration.ofHours(1));
    catalog.warmUp();
    importElsewhere();
    for (int i = 0; i < 5; i++) {
      assertThat(catalog.search("敬老卡", 5)).isEmpty();
    }
    verify(repository, times(1)).stamp();
    verify(repository, times(1)).all();
  }

  @Test
  void anUnchangedStampKeepsTheIndex() {
    CatalogService catalog = catalog(Duration.ZERO);
    catalog.search("gljt", 5);
    catalog.search("gljt", 5);
    catalog.search("gljt", 5);
    verify(repository, times(1)).all();
  }

  @Test
  void limitsAreClamped() {
    CatalogService catalog = catalog(Duration.ofHours(1));
    assertThat(catalog.search("", 0)).hasSize(1);
    assertThat(catalog.search(null, 1000)).hasSize(rows.size());
  }
}
