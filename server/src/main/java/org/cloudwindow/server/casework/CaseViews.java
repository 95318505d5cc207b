package org.cloudwindow.server.casework;

import java.util.List;
import org.cloudwindow.server.catalog.CatalogService;
import org.cloudwindow.server.identity.CurrentUser;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Builds the case view from the record, its matters in the catalogue, its form and its signature. */
@Component
public class CaseViews {

  private final CatalogService catalog;
  private final FormRepository forms;
  private final LifecycleRepository lifecycle;
  private final CaseSignatures signatures;
  private final CaseAccess access;
  private final JsonMapper json;

  CaseViews(CatalogService catalog, FormRepository forms, LifecycleRepository lifecycle, CaseSignatures signatures,
      CaseAccess access, JsonMapper json) {
    this.catalog = catalog;
    this.forms = forms;
    this.lifecycle = lifecycle;
    this.signatures = signatures;
    this.access = access;
    this.json = json;
  }

  public CaseView of(CurrentUser user, CaseRecord found) {
    CaseSchema schema = CaseSchema.of(catalog, found.matterCodes());
    List<CaseMatter> matters = schema.matters().stream()
        .map(m -> new CaseMatter(m.code(), m.name(), m.handlingTier(), m.promisedDays())).toList();
    Supplement supplement = lifecycle.supplement(found.id()).map(text -> json.readValue(text, Supplement.class))
        .orElse(null);
    return new CaseView(found.id(), found.ticketId(), found.matterCode(), found.matterName(), found.applicant(),
        found.workerId(), found.workerSiteId(), found.windowId(), found.state(), found.createdAt(), found.updatedAt(),
        found.caseNumber(), matters, schema.fields(), CaseForm.formOf(schema, forms.values(found.id())),
        found.submittedAt(), found.decisionDeadline(), found.acceptedAt(), found.promisedBy(),
        found.supplementDeadline(), found.concludedAt(), supplement, signatures.of(found.id()).orElse(null),
        found.delivery(), found.reviewWindowId(),
        CaseRules.actions(access.relations(user, found), found.state(), schema.twoLevel()));
  }
}
