package org.cloudwindow.server.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cloudwindow.server.account.AccountService;
import org.cloudwindow.server.catalog.CatalogService;
import org.cloudwindow.server.site.SiteService;
import org.cloudwindow.server.support.IntegrationTest;
import org.cloudwindow.server.support.QueueFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The clock-driven changes, run with chosen times instead of waiting for them. */
@IntegrationTest
class QueueScansIT {

  @Autowired QueueService queue;
  @Autowired QueueScans scans;
  @Autowired SiteService sites;
  @Autowired AccountService accounts;
  @Autowired CatalogService catalog;

  @Test
  void anUnansweredTicketGoesBackToTheHeadOnceThenIsANoShow() {
    var fixture = new QueueFixture(sites, accounts, queue, catalog, 1, 40_000);
    var clerk = fixture.clerks.get(0);
    Ticket first = fixture.take(false, fixture.civil.id());
    Ticket second = fixture.take(false, fixture.civil.id());

    queue.callNext(clerk, fixture.civil.id());
    scans.recallUnanswered(Instant.now().plusSeconds(30));
    assertThat(queue.get(fixture.worker, first.id()).state()).as("not yet: 60 s not passed").isEqualTo(TicketState.CALLED);

    scans.recallUnanswered(Instant.now().plusSeconds(61));
    Ticket recalled = queue.get(fixture.worker, first.id());
    assertThat(recalled.state()).isEqualTo(TicketState.WAITING);
    assertThat(recalled.position()).isEqualTo(1);
    assertThat(queue.get(fixture.worker, second.id()).position()).isEqualTo(2);

    assertThat(queue.callNext(clerk, fixture.civil.id()).ticket().id()).isEqualTo(first.id());
    scans.recallUnanswered(Instant.now().plusSeconds(61));
    assertThat(queue.get(fixture.worker, first.id()).state()).isEqualTo(TicketState.NO_SHOW);
    assertThat(queue.history(fixture.worker, first.id()).stream().map(TicketHistory::kind).toList())
        .containsExactly("TAKEN", "CALLED", "RECALLED", "CALLED", "NO_SHOW");
  }

  @Test
  void waitingTicketsExpireWhenTheirWindowCloses() {
    var fixture = new QueueFixture(sites, accounts, queue, catalog, 1, 41_000);
    Ticket waiting = fixture.take(true, fixture.comprehensive.id());
    Ticket elsewhere = fixture.take(false, fixture.civil.id());
    var tomorrow = LocalDate.now(OpeningHours.ZONE).plusDays(1).getDayOfWeek().name().substring(0, 3);
    queue.setOpeningHours(fixture.comprehensive.id(), tomorrow + " 08:30-17:00");

    scans.expireAtClosedWindows(Instant.now());

    assertThat(queue.get(fixture.worker, waiting.id()).state()).isEqualTo(TicketState.EXPIRED);
    assertThat(queue.get(fixture.worker, elsewhere.id()).state()).isEqualTo(TicketState.WAITING);
    assertThat(queue.history(fixture.worker, waiting.id()).get(1).reason()).contains("window closed");
  }

  @Test
  void tidalDutyEndsWhenItsTimeIsUp() {
    var fixture = new QueueFixture(sites, accounts, queue, catalog, 1, 42_000);
    var clerk = fixture.clerks.get(0);
    queue.goOffDuty(clerk, fixture.civil.id());
    queue.startTidalDuty(clerk.id(), fixture.civil.id(), java.time.Duration.ofMinutes(30));
    assertThat(queue.dutyOf(clerk).windows().stream().filter(w -> w.id() == fixture.civil.id()).findFirst()
        .orElseThrow().onDuty()).isTrue();

    scans.endTidalDuty(Instant.now().plusSeconds(29 * 60));
    assertThat(onDuty(clerk)).contains(fixture.civil.id());
    scans.endTidalDuty(Instant.now().plusSeconds(31 * 60));
    assertThat(onDuty(clerk)).doesNotContain(fixture.civil.id()).contains(fixture.comprehensive.id());
  }

  private List<Long> onDuty(org.cloudwindow.server.identity.CurrentUser clerk) {
    return queue.dutyOf(clerk).windows().stream().filter(DutyStatus.DutyWindow::onDuty).map(DutyStatus.DutyWindow::id).toList();
  }
}
