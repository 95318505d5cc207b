package org.cloudwindow.server.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.cloudwindow.server.account.AccountService;
import org.cloudwindow.server.catalog.CatalogService;
import org.cloudwindow.server.identity.CurrentUser;
import org.cloudwindow.server.site.SiteService;
import org.cloudwindow.server.support.IntegrationTest;
import org.cloudwindow.server.support.QueueFixture;
import org.cloudwindow.server.web.ApiException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Random sequences of take, withdraw, call-next, answer, complete, transfer and no-show against a
 * plain in-memory model of the queue: after every step the stored tickets equal the model's, no
 * ticket is lost or duplicated, and no clerk holds two.
 */
@IntegrationTest
class QueueModelIT {

  @Autowired QueueService queue;
  @Autowired QueueScans scans;
  @Autowired SiteService sites;
  @Autowired AccountService accounts;
  @Autowired CatalogService catalog;
  @Autowired JdbcClient jdbc;

  /** The model's view of one ticket. */
  static final class M {
    final long id;
    final boolean priority;
    final Instant takenAt;
    long window;
    TicketState state = TicketState.WAITING;
    boolean head;
    int recalls;
    Long clerk;

    M(Ticket t) {
      id = t.id();
      priority = t.priority();
      takenAt = t.takenAt();
      window = t.windowId();
    }
  }

  private static final Comparator<M> ORDER = Comparator.<M, Boolean>comparing(m -> m.head).reversed()
      .thenComparing(Comparator.<M, Boolean>comparing(m -> m.priority).reversed())
      .thenComparing(m -> m.takenAt).thenComparing(m -> m.id);

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {7, 2026, 31337})
  void theQueueBehavesLikeItsModel(long seed) {
    Random random = new Random(seed);
    var fixture = new QueueFixture(sites, accounts, queue, catalog, 2, 30_000 + (int) (seed % 1000) * 10);
    long[] windows = {fixture.civil.id(), fixture.comprehensive.id()};
    Map<Long, M> model = new LinkedHashMap<>();

    for (int step = 0; step < 120; step++) {
      int op = random.nextInt(100);
      CurrentUser clerk = fixture.clerks.get(random.nextInt(fixture.clerks.size()));
      if (op < 30 || model.isEmpty()) {
        Ticket t = fixture.take(random.nextInt(4) == 0, windows[random.nextInt(2)]);
        model.put(t.id(), new M(t));
      } else if (op < 50) {
        callNext(model, clerk, windows);
      } else if (op < 60) {
        pick(model, random, TicketState.WAITING, TicketState.CALLED).ifPresent(m -> {
          queue.withdraw(fixture.worker, m.id);
          m.state = TicketState.WITHDRAWN;
          m.clerk = null;
        });
      } else if (op < 68) {
        pick(model, random, TicketState.CALLED).ifPresent(m -> {
          queue.answer(fixture.worker, m.id);
          m.state = TicketState.SERVING;
        });
      } else if (op < 82) {
        holding(model, clerk).ifPresent(m -> {
          queue.complete(clerk, m.id);
          m.state = TicketState.DONE;
        });
      } else if (op < 92) {
        pick(model, random, TicketState.WAITING).ifPresent(m -> {
          long target = m.window == windows[0] ? windows[1] : windows[0];
          queue.transfer(fixture.clerks.get(0), m.id, new Transfer(target, "模型测试转办"));
          m.window = target;
          m.head = false;
        });
      } else {
        scans.recallUnanswered(Instant.now().plusSeconds(61));
        for (M m : model.values()) {
          if (m.state == TicketState.CALLED) {
            m.clerk = null;
            if (m.recalls == 0) {
              m.state = TicketState.WAITING;
              m.head = true;
              m.recalls = 1;
            } else {
              m.state = TicketState.NO_SHOW;
            }
          }
        }
      }
      compare(model, windows, step);
    }
  }

  private void callNext(Map<Long, M> model, CurrentUser clerk, long[] windows) {
    boolean busy = model.values().stream().anyMatch(m -> clerk.id() == (m.clerk == null ? -1 : m.clerk)
        && (m.state == TicketState.CALLED || m.state == TicketState.SERVING));
    Optional<M> next = model.values().stream().filter(m -> m.state == TicketState.WAITING).min(ORDER);
    try {
      Called called = queue.callNext(clerk, windows[0]);
      if (busy || next.isEmpty()) {
        fail("call-next should have been refused, but called " + called.ticket().number());
      }
      assertThat(called.ticket().id()).as("the model's next ticket").isEqualTo(next.get().id);
      next.get().state = TicketState.CALLED;
      next.get().clerk = clerk.id();
      next.get().head = false;
    } catch (ApiException e) {
      assertThat(e.problem()).isEqualTo(busy ? QueueProblem.CLERK_BUSY : QueueProblem.QUEUE_EMPTY);
    }
  }

  private static Optional<M> holding(Map<Long, M> model, CurrentUser clerk) {
    return model.values().stream().filter(m -> m.clerk != null && m.clerk == clerk.id()
        && (m.state == TicketState.CALLED || m.state == TicketState.SERVING)).findFirst();
  }

  private static Optional<M> pick(Map<Long, M> model, Random random, TicketState... states) {
    List<M> candidates = new ArrayList<>();
    for (M m : model.values()) {
      for (TicketState state : states) {
        if (m.state == state) {
          candidates.add(m);
        }
      }
    }
    return candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(random.nextInt(candidates.size())));
  }

  private void compare(Map<Long, M> model, long[] windows, int step) {
    List<Map<String, Object>> rows = jdbc.sql("select id, state, window_id, clerk_id, head from ticket where window_id in (?, ?) order by id")
        .params(windows[0], windows[1]).query().listOfRows();
    assertThat(rows).as("step %d: no ticket lost or duplicated", step).hasSize(model.size());
    for (Map<String, Object> row : rows) {
      M m = model.get(((Number) row.get("id")).longValue());
      assertThat(m).as("step %d: unknown ticket %s", step, row.get("id")).isNotNull();
      assertThat(row.get("state")).as("step %d ticket %d state", step, m.id).isEqualTo(m.state.name());
      assertThat(((Number) row.get("window_id")).longValue()).as("step %d ticket %d window", step, m.id).isEqualTo(m.window);
      Object clerk = row.get("clerk_id");
      if (m.state == TicketState.CALLED || m.state == TicketState.SERVING) {
        assertThat(((Number) clerk).longValue()).as("step %d ticket %d clerk", step, m.id).isEqualTo(m.clerk);
      }
    }
  }
}
