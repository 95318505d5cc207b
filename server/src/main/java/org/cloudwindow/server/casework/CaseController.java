package org.cloudwindow.server.casework;

import java.util.List;
import java.util.Map;
import org.cloudwindow.server.identity.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The case record, its form and its matters (notes/issue6-api.md). */
@RestController
class CaseController {

  private final CaseService cases;
  private final CaseForm form;
  private final CaseMatters matters;
  private final CaseViews views;
  private final CaseLifecycle lifecycle;
  private final CaseQueries queries;

  CaseController(CaseService cases, CaseForm form, CaseMatters matters, CaseViews views, CaseLifecycle lifecycle,
      CaseQueries queries) {
    this.cases = cases;
    this.lifecycle = lifecycle;
    this.queries = queries;
    this.form = form;
    this.matters = matters;
    this.views = views;
  }

  @GetMapping("/api/cases/{id}")
  CaseView get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
    return views.of(user, cases.get(user, id));
  }

  @PatchMapping("/api/cases/{id}/form")
  FormAnswer patch(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
      @RequestBody Map<String, Object> values) {
    return new FormAnswer(form.patch(user, id, values));
  }

  @PostMapping("/api/cases/{id}/matters")
  CaseView addMatter(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody MatterRef matter) {
    matters.add(user, id, matter.code());
    return get(user, id);
  }

  @DeleteMapping("/api/cases/{id}/matters/{code}")
  CaseView removeMatter(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable String code) {
    matters.remove(user, id, code);
    return get(user, id);
  }

  @PostMapping("/api/cases/{id}/transitions")
  CaseView transition(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
      @RequestBody CaseLifecycle.Transition transition) {
    return views.of(user, lifecycle.transition(user, id, transition));
  }

  @GetMapping("/api/cases/{id}/timeline")
  List<TimelineEntry> timeline(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
    return queries.timeline(user, id);
  }

  @GetMapping("/api/cases")
  List<CaseListItem> list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) CaseState state,
      @RequestParam(required = false) Integer limit) {
    return queries.list(user, state, limit);
  }

  record FormAnswer(Map<String, FieldValue> form) {}

  record MatterRef(String code) {}
}
