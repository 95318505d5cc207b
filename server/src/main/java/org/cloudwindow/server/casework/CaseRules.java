package org.cloudwindow.server.casework;

import static org.cloudwindow.server.casework.CaseAccess.Relation.REVIEW_CLERK;
import static org.cloudwindow.server.casework.CaseAccess.Relation.WINDOW_CLERK;
import static org.cloudwindow.server.casework.CaseAccess.Relation.WORKER;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cloudwindow.server.casework.CaseAccess.Relation;

/**
 * The state machine of DESIGN.md §3 as data: who (by their relation to the case) may take which
 * action from which state, to which state. The same rules refuse a transition and list the
 * {@code actions} a case view offers.
 *
 * <pre>
 * DRAFT ─submit→ SUBMITTED ─accept→ ACCEPTED ─prelim-review→ PRELIM_REVIEWED ─approve→ APPROVED ─conclude→ CONCLUDED
 *   ▲               │ └─not-accept→ NOT_ACCEPTED       │                       └─deny→ DENIED
 *   └─submit── SUPPLEMENT_REQUESTED ←request-supplement┘   ACCEPTED ─conclude→ CONCLUDED (one-level matters)
 * </pre>
 */
final class CaseRules {

  /** One edge: {@code twoLevel} null when the edge holds for both kinds of case. */
  record Rule(CaseAction action, Set<Relation> who, CaseState from, CaseState to, Boolean twoLevel) {}

  static final List<Rule> RULES = List.of(
      new Rule(CaseAction.SUBMIT, Set.of(WORKER), CaseState.DRAFT, CaseState.SUBMITTED, null),
      new Rule(CaseAction.SUBMIT, Set.of(WORKER), CaseState.SUPPLEMENT_REQUESTED, CaseState.SUBMITTED, null),
      new Rule(CaseAction.ACCEPT, Set.of(WINDOW_CLERK), CaseState.SUBMITTED, CaseState.ACCEPTED, null),
      new Rule(CaseAction.NOT_ACCEPT, Set.of(WINDOW_CLERK), CaseState.SUBMITTED, CaseState.NOT_ACCEPTED, null),
      new Rule(CaseAction.REQUEST_SUPPLEMENT, Set.of(WINDOW_CLERK), CaseState.SUBMITTED,
          CaseState.SUPPLEMENT_REQUESTED, null),
      new Rule(CaseAction.PRELIM_REVIEW, Set.of(WINDOW_CLERK), CaseState.ACCEPTED, CaseState.PRELIM_REVIEWED, true),
      new Rule(CaseAction.APPROVE, Set.of(REVIEW_CLERK), CaseState.PRELIM_REVIEWED, CaseState.APPROVED, null),
      new Rule(CaseAction.DENY, Set.of(REVIEW_CLERK), CaseState.PRELIM_REVIEWED, CaseState.DENIED, null),
      new Rule(CaseAction.CONCLUDE, Set.of(WINDOW_CLERK), CaseState.ACCEPTED, CaseState.CONCLUDED, false),
      new Rule(CaseAction.CONCLUDE, Set.of(WINDOW_CLERK, REVIEW_CLERK), CaseState.APPROVED, CaseState.CONCLUDED, null));

  /** What the rules say to an action: do it (with its target state), not this user, or not now. */
  sealed interface Verdict {
    record Allowed(CaseState to) implements Verdict {}

    /** No rule gives this action to the user's relations to the case (403). */
    record Forbidden() implements Verdict {}

    /** The user may take the action, but not from this state or on this kind of case (409). */
    record NotNow() implements Verdict {}
  }

  private CaseRules() {}

  static Verdict decide(Set<Relation> relations, CaseState state, boolean twoLevel, CaseAction action) {
    boolean anyForUser = false;
    for (Rule rule : RULES) {
      if (rule.action() != action || rule.who().stream().noneMatch(relations::contains)) {
        continue;
      }
      anyForUser = true;
      if (rule.from() == state && (rule.twoLevel() == null || rule.twoLevel() == twoLevel)) {
        return new Verdict.Allowed(rule.to());
      }
    }
    return anyForUser ? new Verdict.NotNow() : new Verdict.Forbidden();
  }

  /** The actions the user may take now, in the order of {@link CaseAction}. */
  static List<String> actions(Set<Relation> relations, CaseState state, boolean twoLevel) {
    List<String> actions = new ArrayList<>();
    for (CaseAction action : CaseAction.values()) {
      if (decide(relations, state, twoLevel, action) instanceof Verdict.Allowed) {
        actions.add(action.wire());
      }
    }
    return actions;
  }
}
