package org.cloudwindow.server.casework;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.cloudwindow.server.catalog.CatalogService;
import org.cloudwindow.server.queue.Applicant;
import org.springframework.stereotype.Component;

/**
 * Fills the applicant's name, ID number and phone into the form fields that ask for them, from
 * the ticket the worker took, so nobody types them twice. Only empty fields are filled; the values
 * carry no author ({@code by: null}).
 */
@Component
class Prefill {

  private final CatalogService catalog;
  private final FormRepository forms;

  Prefill(CatalogService catalog, FormRepository forms) {
    this.catalog = catalog;
    this.forms = forms;
  }

  void fill(long caseId, List<String> matterCodes, Applicant applicant, Instant at) {
    CaseSchema schema = CaseSchema.of(catalog, matterCodes);
    Map<String, FieldValue> stored = forms.values(caseId);
    Map<String, String> known = Map.of("applicantName", applicant.name(), "applicantIdNumber", applicant.idNumber(),
        "phone", applicant.phone(), "applicantPhone", applicant.phone());
    known.forEach((field, value) -> {
      FieldValue current = stored.get(field);
      if (schema.field(field).isPresent() && (current == null || current.value() == null)) {
        forms.write(caseId, field, schema.normalise(field, value), null, at);
      }
    });
  }
}
