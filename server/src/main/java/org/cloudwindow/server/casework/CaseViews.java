package org.cloudwindow.server.casework;

import java.util.List;
import org.cloudwindow.server.catalog.CatalogService;
import org.springframework.stereotype.Component;

/** Builds the case view from the record, its matters in the catalogue and its stored form. */
@Component
class CaseViews {

  private final CatalogService catalog;
  private final FormRepository forms;

  CaseViews(CatalogService catalog, FormRepository forms) {
    this.catalog = catalog;
    this.forms = forms;
  }

  CaseView of(CaseRecord found) {
    CaseSchema schema = CaseSchema.of(catalog, found.matterCodes());
    List<CaseMatter> matters = schema.matters().stream()
        .map(m -> new CaseMatter(m.code(), m.name(), m.handlingTier(), m.promisedDays())).toList();
    return new CaseView(found.id(), found.ticketId(), found.matterCode(), found.matterName(), found.applicant(),
        found.workerId(), found.workerSiteId(), found.windowId(), found.state(), found.createdAt(), found.updatedAt(),
        matters, schema.fields(), CaseForm.formOf(schema, forms.values(found.id())));
  }
}
