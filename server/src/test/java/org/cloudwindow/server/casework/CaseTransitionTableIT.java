package org.cloudwindow.server.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cloudwindow.server.support.ApiClient;
import org.cloudwindow.server.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The state machine over HTTP, table-driven: a two-level case is put in every state, and every
 * action is tried by every kind of user (its worker and the clerks of its window and of its
 * review window, a clerk and a worker of other sites, a coordinator above it). Allowed steps are
 * offered in the view's {@code actions} (they are taken in {@link CaseLifecycleIT}); every other
 * one is refused with 403 (not this user's step) or 409 (not from this state), and the case is
 * left exactly as it was.
 */
@IntegrationTest
class CaseTransitionTableIT {

  @LocalServerPort
  int port;

  @Autowired
  JdbcClient jdbc;

  @Test
  void everyStepByEveryUserFromEveryState() {
    try (var c = new CaseFixture(port, "worker-liangzhu", "clerk-gaoqiao", "丧葬补贴")) {
      ApiClient district = new ApiClient(port).signedInAs("clerk-district");
      long reviewWindow = district.get("/api/duty").json().path("windows").get(0).path("id").asLong();
      Map<String, ApiClient> users = new LinkedHashMap<>();
      users.put("WORKER", c.worker);
      users.put("WINDOW_CLERK", c.clerk);
      users.put("REVIEW_CLERK", district);
      users.put("other clerk", new ApiClient(port).signedInAs("clerk-gulin"));
      users.put("other worker", new ApiClient(port).signedInAs("worker-gaoqiao"));
      users.put("coordinator", new ApiClient(port).signedInAs("coordinator-gaoqiao"));
      int tried = 0;
      for (CaseState state : CaseState.values()) {
        jdbc.sql("update case_record set state = ?, review_window_id = ? where id = ?")
            .params(state.name(), reviewWindow, c.caseId).update();
        String before = snapshot(c.caseId);
        for (var user : users.entrySet()) {
          List<String> offered = user.getKey().contains(" ") ? List.of()
              : CaseLifecycleIT.strings(c.view(user.getValue()).path("actions"));
          for (CaseAction action : CaseAction.values()) {
            String expected = expectedTarget(user.getKey(), state, action);
            String what = user.getKey() + " " + action.wire() + " from " + state;
            if (expected != null) {
              assertThat(offered).as(what + " is offered").contains(action.wire());
              continue;
            }
            assertThat(offered).as(what + " is not offered").doesNotContain(action.wire());
            ApiClient.Response refused = CaseLifecycleIT.step(user.getValue(), c, action.wire(), "reason", "表驱动",
                "delivery", "PICKUP");
            boolean ownStep = CaseRulesTest.ALLOWED.stream()
                .anyMatch(r -> r.startsWith(user.getKey() + " ") && r.contains(" " + action.wire() + " "));
            assertThat(refused.status()).as(what + ": " + refused.body()).isEqualTo(ownStep ? 409 : 403);
            if (ownStep) {
              assertThat(refused.problemCode()).isEqualTo("case.transition-not-allowed");
            }
            tried++;
          }
        }
        assertThat(snapshot(c.caseId)).as("refusals leave the case unchanged in " + state).isEqualTo(before);
      }
      assertThat(tried).isGreaterThan(400);
      jdbc.sql("update case_record set state = 'DRAFT', review_window_id = null where id = ?").param(c.caseId).update();
    }
  }

  private String snapshot(long caseId) {
    return jdbc.sql("select row_to_json(c)::text || (select count(*) from case_event where case_id = c.id) "
        + "from case_record c where id = ?").param(caseId).query(String.class).single();
  }

  /** The rule table of {@link CaseRulesTest} for a two-level case; null when the step is not allowed. */
  private static String expectedTarget(String user, CaseState state, CaseAction action) {
    for (String rule : CaseRulesTest.ALLOWED) {
      String[] p = rule.split(" ");
      if (p[0].equals(user) && p[1].equals(state.name()) && !p[2].equals("one") && p[3].equals(action.wire())) {
        return p[4];
      }
    }
    return null;
  }

}
