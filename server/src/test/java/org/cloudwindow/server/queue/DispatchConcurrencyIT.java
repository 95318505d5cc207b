package org.cloudwindow.server.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.cloudwindow.server.account.AccountService;
import org.cloudwindow.server.catalog.CatalogService;
import org.cloudwindow.server.identity.CurrentUser;
import org.cloudwindow.server.site.SiteService;
import org.cloudwindow.server.support.IntegrationTest;
import org.cloudwindow.server.support.QueueFixture;
import org.cloudwindow.server.web.ApiException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Eight clerks on the same two windows call next in parallel until 500 tickets of mixed priority
 * are gone: every ticket is claimed exactly once, and each clerk's claims follow the queue order
 * (priority class first, then take time), so nobody is served out of turn.
 */
@IntegrationTest
class DispatchConcurrencyIT {

  private static final int TICKETS = 500;
  private static final int CLERKS = 8;

  @Autowired QueueService queue;
  @Autowired SiteService sites;
  @Autowired AccountService accounts;
  @Autowired CatalogService catalog;
  @Autowired JdbcClient jdbc;

  @Test
  void everyTicketIsClaimedExactlyOnceAndInOrder() throws Exception {
    var fixture = new QueueFixture(sites, accounts, queue, catalog, CLERKS, 20_000);
    List<Ticket> taken = new ArrayList<>();
    for (int i = 0; i < TICKETS; i++) {
      taken.add(fixture.take(i % 3 == 0, i % 2 == 0 ? fixture.civil.id() : fixture.comprehensive.id()));
    }
    // The order the queue promises across both windows: priority first, then take time.
    List<Ticket> expected = new ArrayList<>(taken);
    expected.sort(Comparator.comparing(Ticket::priority).reversed().thenComparing(Ticket::takenAt).thenComparing(Ticket::id));
    Map<Long, Integer> rank = new HashMap<>();
    for (int i = 0; i < expected.size(); i++) {
      rank.put(expected.get(i).id(), i);
    }

    ExecutorService pool = Executors.newFixedThreadPool(CLERKS);
    List<Future<List<Long>>> results = new ArrayList<>();
    for (CurrentUser clerk : fixture.clerks) {
      results.add(pool.submit(() -> serveUntilEmpty(clerk, fixture.civil.id())));
    }
    List<List<Long>> perClerk = new ArrayList<>();
    for (Future<List<Long>> result : results) {
      perClerk.add(result.get(3, TimeUnit.MINUTES));
    }
    pool.shutdown();

    List<Long> all = perClerk.stream().flatMap(List::stream).toList();
    assertThat(all).hasSize(TICKETS);
    assertThat(new HashSet<>(all)).hasSize(TICKETS).containsExactlyInAnyOrderElementsOf(rank.keySet());
    for (List<Long> claims : perClerk) {
      List<Integer> ranks = claims.stream().map(rank::get).toList();
      List<Integer> sorted = new ArrayList<>(ranks);
      Collections.sort(sorted);
      assertThat(ranks).as("one clerk's claims follow the queue order").isEqualTo(sorted);
    }
    assertThat(perClerk).allSatisfy(claims -> assertThat(claims).isNotEmpty());
    Set<String> states = new HashSet<>(jdbc.sql("select state from ticket where window_id in (?, ?)")
        .params(fixture.civil.id(), fixture.comprehensive.id()).query(String.class).list());
    assertThat(states).containsExactly("DONE");
  }

  private List<Long> serveUntilEmpty(CurrentUser clerk, long windowId) {
    List<Long> claimed = new ArrayList<>();
    while (true) {
      Called called;
      try {
        called = queue.callNext(clerk, windowId);
      } catch (ApiException e) {
        if (e.problem() == QueueProblem.QUEUE_EMPTY) {
          return claimed;
        }
        throw e;
      }
      claimed.add(called.ticket().id());
      queue.complete(clerk, called.ticket().id());
    }
  }
}
