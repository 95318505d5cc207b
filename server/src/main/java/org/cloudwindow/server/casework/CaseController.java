package org.cloudwindow.server.casework;

import java.util.Map;
import org.cloudwindow.server.identity.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The case record, its form and its matters (notes/issue6-api.md). */
@RestController
class CaseController {

  private final CaseService cases;
  private final CaseForm form;
  private final CaseMatters matters;
  private final CaseViews views;

  CaseController(CaseService cases, CaseForm form, CaseMatters matters, CaseViews views) {
    this.cases = cases;
    this.form = form;
    this.matters = matters;
    this.views = views;
  }

  @GetMapping("/api/cases/{id}")
  CaseView get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
    return views.of(cases.get(user, id));
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

  record FormAnswer(Map<String, FieldValue> form) {}

  record MatterRef(String code) {}
}
