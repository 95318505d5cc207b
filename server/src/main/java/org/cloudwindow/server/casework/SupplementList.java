package org.cloudwindow.server.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cloudwindow.server.catalog.CatalogService;
import org.cloudwindow.server.web.ApiException;
import org.cloudwindow.server.web.FieldProblem;
import org.cloudwindow.server.web.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Everything a supplement request must tell the applicant at once (art. 32): every mandatory
 * material missing or rejected (with the clerk's reason), and every required field empty or
 * invalid. Reasons are kept in Chinese, the language of the written notice.
 */
@Component
class SupplementList {

  private static final Locale NOTICE = Locale.SIMPLIFIED_CHINESE;

  private final CaseMaterials materials;
  private final FormRepository forms;
  private final CatalogService catalog;
  private final Problems problems;

  SupplementList(CaseMaterials materials, FormRepository forms, CatalogService catalog, Problems problems) {
    this.materials = materials;
    this.forms = forms;
    this.catalog = catalog;
    this.problems = problems;
  }

  Supplement of(CaseRecord found, CaseSchema schema, Instant at, LocalDate deadline, @Nullable String note) {
    List<Supplement.Item> items = new ArrayList<>();
    for (CaseMaterials.Gap gap : materials.unverified(found.id())) {
      switch (gap.status()) {
        case MISSING -> items.add(new Supplement.Item("MATERIAL", gap.code(), gap.name(),
            problems.message("case.supplement.missing", new Object[0], NOTICE)));
        case REJECTED -> items.add(new Supplement.Item("MATERIAL", gap.code(), gap.name(),
            gap.reason() == null ? problems.message("case.supplement.rejected", new Object[0], NOTICE) : gap.reason()));
        default -> { }
      }
    }
    for (FieldProblem problem : schema.check(catalog, forms.plainValues(found.id(), schema), true)) {
      String label = schema.field(problem.field()).map(f -> f.field().label()).orElse(problem.field());
      items.add(new Supplement.Item("FIELD", problem.field(), label,
          problems.message("validation." + problem.code(), new Object[0], NOTICE)));
    }
    if (items.isEmpty() && note == null) {
      throw new ApiException(CaseProblem.NOTHING_TO_SUPPLEMENT);
    }
    return new Supplement(items, at, deadline, note);
  }
}
