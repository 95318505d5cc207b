package org.cloudwindow.server.casework;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cloudwindow.server.catalog.CatalogService;
import org.cloudwindow.server.identity.CurrentUser;
import org.cloudwindow.server.web.ApiException;
import org.cloudwindow.server.web.FieldProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The live form: its worker and the clerks of its window write fields while the case is a draft
 * or waits for supplements. Writes of one case are serialised by the case's row lock, so each
 * field's version rises by one per stored write and the later write wins; a write is all or
 * nothing (one bad value and no value is stored). Every stored change goes to the timeline (with
 * sensitive values masked) and, after commit, to the case's topic.
 */
@Service
@Transactional
class CaseForm {

  private final CaseRepository cases;
  private final FormRepository forms;
  private final TimelineRepository timeline;
  private final CaseAccess access;
  private final CatalogService catalog;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  CaseForm(CaseRepository cases, FormRepository forms, TimelineRepository timeline, CaseAccess access,
      CatalogService catalog, ApplicationEventPublisher events, Clock clock) {
    this.cases = cases;
    this.forms = forms;
    this.timeline = timeline;
    this.access = access;
    this.catalog = catalog;
    this.events = events;
    this.clock = clock;
  }

  /** Stores the values given and answers with the whole form. */
  Map<String, FieldValue> patch(CurrentUser user, long caseId, Map<String, ?> values) {
    CaseRecord found = editable(user, caseId);
    CaseSchema schema = CaseSchema.of(catalog, found.matterCodes());
    store(user, found, schema, values);
    return formOf(schema, forms.values(caseId));
  }

  /** One field from the live form; the base version the client had is not a condition (the later write wins). */
  FieldValue write(CurrentUser user, long caseId, String field, Object value) {
    CaseRecord found = editable(user, caseId);
    CaseSchema schema = CaseSchema.of(catalog, found.matterCodes());
    Map<String, Object> one = new LinkedHashMap<>();
    one.put(field, value);
    store(user, found, schema, one);
    return forms.values(caseId).getOrDefault(field, FieldValue.EMPTY);
  }

  /** Refuses a name that is not a field of the case's form (presence, highlight). */
  @Transactional(readOnly = true)
  void requireField(CaseRecord found, String field) {
    List<FieldProblem> unknown = CaseSchema.of(catalog, found.matterCodes()).unknown(java.util.Set.of(field));
    if (!unknown.isEmpty()) {
      throw new ApiException(CaseProblem.UNKNOWN_FIELD, unknown, shown(field));
    }
  }

  /** The form of a schema: every field of it, empty ones at version 0; values of fields no longer asked for are kept but not shown. */
  static Map<String, FieldValue> formOf(CaseSchema schema, Map<String, FieldValue> stored) {
    Map<String, FieldValue> form = new LinkedHashMap<>();
    schema.fields().forEach(f -> form.put(f.field().name(), stored.getOrDefault(f.field().name(), FieldValue.EMPTY)));
    return form;
  }

  private CaseRecord editable(CurrentUser user, long caseId) {
    CaseRecord found = cases.lock(caseId).orElseThrow(() -> ApiException.notFound("case " + caseId));
    access.requireEdit(user, found);
    if (found.state() != CaseState.DRAFT && found.state() != CaseState.SUPPLEMENT_REQUESTED) {
      throw new ApiException(CaseProblem.NOT_EDITABLE, found.state().name());
    }
    return found;
  }

  private void store(CurrentUser user, CaseRecord found, CaseSchema schema, Map<String, ?> values) {
    List<FieldProblem> unknown = schema.unknown(values.keySet());
    if (!unknown.isEmpty()) {
      throw new ApiException(CaseProblem.UNKNOWN_FIELD, unknown, String.join(", ", unknown.stream()
          .map(FieldProblem::field).map(CaseForm::shown).toList()));
    }
    Map<String, Object> normalised = new TreeMap<>();
    values.forEach((name, value) -> normalised.put(name, schema.normalise(name, value)));
    List<FieldProblem> problems = schema.check(catalog, normalised, false);
    if (!problems.isEmpty()) {
      throw new ApiException(CaseProblem.INVALID_FIELD, problems, problems.size());
    }
    Instant now = clock.instant();
    Map<String, FieldValue> before = forms.values(found.id());
    Map<String, FieldValue> written = new LinkedHashMap<>();
    List<FieldChange> changes = new ArrayList<>();
    normalised.forEach((name, value) -> {
      FieldValue old = before.getOrDefault(name, FieldValue.EMPTY);
      if (forms.same(old.value(), value)) {
        return;
      }
      int version = forms.write(found.id(), name, value, user.id(), now);
      written.put(name, new FieldValue(value, version, user.id(), now));
      changes.add(new FieldChange(name, schema.forTimeline(name, forms.plain(old.value())), schema.forTimeline(name, value)));
    });
    if (written.isEmpty()) {
      return;
    }
    timeline.formChanged(found.id(), now, user.id(), found.state(), changes);
    cases.touch(found.id(), now);
    events.publishEvent(new FormChanged(found.id(), written));
  }

  /** A field name as the problem's detail shows it; a hostile name is cut short. */
  private static String shown(String name) {
    return name.length() > 40 ? name.substring(0, 40) + "…" : name;
  }
}
