package org.cloudwindow.server.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cloudwindow.server.casework.CaseAccess.Relation;
import org.junit.jupiter.api.Test;

/**
 * Every action by every relation from every state on one- and two-level cases, against the
 * lifecycle drawn in DESIGN.md §3, written out here independently of {@link CaseRules}.
 */
class CaseRulesTest {

  /** relation, from state, kind of case (one, two, any), action, to state. */
  static final List<String> ALLOWED = List.of(
      "WORKER DRAFT any submit SUBMITTED",
      "WORKER SUPPLEMENT_REQUESTED any submit SUBMITTED",
      "WINDOW_CLERK SUBMITTED any accept ACCEPTED",
      "WINDOW_CLERK SUBMITTED any not-accept NOT_ACCEPTED",
      "WINDOW_CLERK SUBMITTED any request-supplement SUPPLEMENT_REQUESTED",
      "WINDOW_CLERK ACCEPTED two prelim-review PRELIM_REVIEWED",
      "WINDOW_CLERK ACCEPTED one conclude CONCLUDED",
      "REVIEW_CLERK PRELIM_REVIEWED any approve APPROVED",
      "REVIEW_CLERK PRELIM_REVIEWED any deny DENIED",
      "WINDOW_CLERK APPROVED any conclude CONCLUDED",
      "REVIEW_CLERK APPROVED any conclude CONCLUDED");

  @Test
  void everyActionByEveryRelationFromEveryState() {
    int allowed = 0;
    int forbidden = 0;
    int notNow = 0;
    for (Relation relation : Relation.values()) {
      for (CaseState state : CaseState.values()) {
        for (boolean twoLevel : new boolean[] {false, true}) {
          for (CaseAction action : CaseAction.values()) {
            CaseRules.Verdict verdict = CaseRules.decide(EnumSet.of(relation), state, twoLevel, action);
            String expectedTo = expectedTarget(relation, state, twoLevel, action);
            String what = relation + " " + action.wire() + " from " + state + (twoLevel ? " (two-level)" : "");
            if (expectedTo != null) {
              assertThat(verdict).as(what).isEqualTo(new CaseRules.Verdict.Allowed(CaseState.valueOf(expectedTo)));
              allowed++;
            } else if (ALLOWED.stream().noneMatch(r -> r.startsWith(relation + " ") && r.contains(" " + action.wire() + " "))) {
              assertThat(verdict).as(what + ": not this user's step").isInstanceOf(CaseRules.Verdict.Forbidden.class);
              forbidden++;
            } else {
              assertThat(verdict).as(what + ": not now").isInstanceOf(CaseRules.Verdict.NotNow.class);
              notNow++;
            }
          }
        }
      }
    }
    assertThat(allowed).as("nine edges for both kinds of case, two for one kind").isEqualTo(2 * 9 + 2);
    assertThat(forbidden + notNow + allowed).isEqualTo(Relation.values().length * 9 * 2 * 8);
  }

  @Test
  void nobodyWithoutARelationAndNoCoordinatorMayTakeAnyStep() {
    for (CaseState state : CaseState.values()) {
      for (CaseAction action : CaseAction.values()) {
        assertThat(CaseRules.decide(Set.of(), state, true, action)).isInstanceOf(CaseRules.Verdict.Forbidden.class);
        assertThat(CaseRules.decide(Set.of(Relation.COORDINATOR), state, false, action))
            .isInstanceOf(CaseRules.Verdict.Forbidden.class);
      }
    }
  }

  @Test
  void theActionsOfAViewAreTheAllowedSteps() {
    assertThat(CaseRules.actions(Set.of(Relation.WORKER), CaseState.DRAFT, false)).containsExactly("submit");
    assertThat(CaseRules.actions(Set.of(Relation.WINDOW_CLERK), CaseState.SUBMITTED, true))
        .containsExactly("accept", "not-accept", "request-supplement");
    assertThat(CaseRules.actions(Set.of(Relation.WINDOW_CLERK), CaseState.ACCEPTED, true)).containsExactly("prelim-review");
    assertThat(CaseRules.actions(Set.of(Relation.WINDOW_CLERK), CaseState.ACCEPTED, false)).containsExactly("conclude");
    assertThat(CaseRules.actions(Set.of(Relation.WORKER, Relation.COORDINATOR), CaseState.SUBMITTED, false)).isEmpty();
    assertThat(CaseRules.actions(Set.of(Relation.REVIEW_CLERK), CaseState.PRELIM_REVIEWED, true))
        .containsExactly("approve", "deny");
    for (CaseState end : List.of(CaseState.NOT_ACCEPTED, CaseState.DENIED, CaseState.CONCLUDED)) {
      assertThat(CaseRules.actions(EnumSet.allOf(Relation.class), end, true)).as(end + " is final").isEmpty();
    }
  }

  private static String expectedTarget(Relation relation, CaseState state, boolean twoLevel, CaseAction action) {
    for (String rule : ALLOWED) {
      String[] p = rule.split(" ");
      boolean kind = p[2].equals("any") || p[2].equals(twoLevel ? "two" : "one");
      if (p[0].equals(relation.name()) && p[1].equals(state.name()) && kind && p[3].equals(action.wire())) {
        return p[4];
      }
    }
    return null;
  }
}
