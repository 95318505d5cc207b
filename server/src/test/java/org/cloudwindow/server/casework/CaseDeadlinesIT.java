package org.cloudwindow.server.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cloudwindow.server.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/** Case numbers handed out concurrently stay unique and gapless; decision reminders go out once. */
@IntegrationTest
@RecordApplicationEvents
class CaseDeadlinesIT {

  @LocalServerPort
  int port;

  @Autowired
  CaseNumbers numbers;

  @Autowired
  DecisionScan scan;

  @Autowired
  WorkingDays workingDays;

  @Autowired
  TransactionTemplate transaction;

  @Autowired
  JdbcClient jdbc;

  @Autowired
  ApplicationEvents events;

  @Test
  void caseNumbersAreUniqueUnderConcurrentAcceptances() throws Exception {
    long window = jdbc.sql("select id from service_window order by id limit 1").query(Long.class).single();
    LocalDate day = LocalDate.of(2099, 1, 1).plusDays(System.nanoTime() % 10_000);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<List<String>>> work = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        work.add(() -> {
          List<String> mine = new ArrayList<>();
          for (int i = 0; i < 15; i++) {
            mine.add(transaction.execute(status -> numbers.next(window, day)));
          }
          return mine;
        });
      }
      Set<String> all = new HashSet<>();
      for (Future<List<String>> done : pool.invokeAll(work)) {
        all.addAll(done.get());
      }
      assertThat(all).hasSize(120);
      Set<Integer> sequence = new HashSet<>();
      all.forEach(number -> sequence.add(Integer.parseInt(number.substring(number.lastIndexOf('-') + 1))));
      assertThat(sequence).as("no gaps").hasSize(120).allMatch(n -> n >= 1 && n <= 120);
      assertThat(all).allMatch(number -> number.matches("\\d+-" + day.toString().replace("-", "") + "-\\d{4}"));
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void aDecisionDueReminderGoesOutOncePerSubmissionWhenAtMostOneWorkingDayIsLeft() {
    try (var c = new CaseFixture(port, "worker-liangzhu", "clerk-gaoqiao", "高龄津贴")) {
      CaseLifecycleIT.fillForm(c);
      CaseLifecycleIT.ok(CaseLifecycleIT.step(c.worker, c, "submit"));
      Instant now = Instant.now();
      LocalDate today = LocalDate.ofInstant(now, WorkingDays.ZONE);
      LocalDate deadline = workingDays.plus(today, 2);
      jdbc.sql("update case_record set decision_deadline = ? where id = ?").params(deadline, c.caseId).update();
      scan.scan(now);
      assertThat(dueFor(c.caseId)).as("two working days left").isZero();

      deadline = workingDays.plus(today, 1);
      jdbc.sql("update case_record set decision_deadline = ? where id = ?").params(deadline, c.caseId).update();
      scan.scan(now);
      scan.scan(now);
      assertThat(dueFor(c.caseId)).as("once").isEqualTo(1);
      DecisionDue due = events.stream(DecisionDue.class).filter(d -> d.caseId() == c.caseId).findFirst().orElseThrow();
      assertThat(due.windowId()).isEqualTo(c.windowId);
      assertThat(due.deadline()).isEqualTo(deadline);
    }
  }

  private long dueFor(long caseId) {
    return events.stream(DecisionDue.class).filter(d -> d.caseId() == caseId).count();
  }
}
