package org.cloudwindow.server.catalog;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cloudwindow.server.catalog.LocatedJson.Located;
import org.cloudwindow.server.catalog.LocatedJson.MalformedJson;
import org.cloudwindow.server.catalog.MatterRepository.Stamp;
import org.cloudwindow.server.site.Department;
import org.cloudwindow.server.site.SiteService;
import org.cloudwindow.server.web.ApiException;
import org.cloudwindow.server.web.FieldProblem;
import org.cloudwindow.server.web.ProblemCode;
import org.cloudwindow.server.web.Problems;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The matter catalogue: look-up by standard code, search for the worker's tablet, export and
 * import for admins, and the check of a case's form values against a matter's form schema.
 *
 * <p>Search runs on an in-memory index. Each node rebuilds its own right after an import and, to
 * notice an import on another node, compares a stamp of the table at most every
 * {@link #REFRESH_CHECK}; look-ups by code always read the database.
 */
@Service
public class CatalogService {

  /** Long enough to keep the stamp query off the search path, short enough to be unnoticed. */
  static final Duration REFRESH_CHECK = Duration.ofSeconds(5);
  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 100;

  private static final Logger log = LoggerFactory.getLogger(CatalogService.class);

  private final MatterRepository matters;
  private final SiteService sites;
  private final Problems problems;
  private final TransactionTemplate transaction;
  private final long refreshCheckNanos;
  private volatile @Nullable Snapshot snapshot;

  @Autowired
  CatalogService(MatterRepository matters, SiteService sites, Problems problems, TransactionTemplate transaction) {
    this(matters, sites, problems, transaction, REFRESH_CHECK);
  }

  CatalogService(MatterRepository matters, SiteService sites, Problems problems, TransactionTemplate transaction,
      Duration refreshCheck) {
    this.matters = matters;
    this.sites = sites;
    this.problems = problems;
    this.transaction = transaction;
    this.refreshCheckNanos = refreshCheck.toNanos();
  }

  /** A matter by standard code (case-insensitive), enabled or not: cases keep their matters. */
  public Optional<Matter> find(String code) {
    return matters.find(code.strip().toUpperCase(Locale.ROOT));
  }

  /** Like {@link #find}, or a 404 problem. */
  public Matter get(String code) {
    return find(code).orElseThrow(() -> ApiException.notFound("matter " + code));
  }

  /**
   * Enabled matters matching a code, name, alias, pinyin initials or similar wording, best first
   * (see {@link MatchKind}); an empty query lists the catalogue by department.
   *
   * @param limit clamped to 1..{@link #MAX_LIMIT}
   */
  public List<MatterSummary> search(@Nullable String query, int limit) {
    return index().search(query == null ? "" : query, Math.max(1, Math.min(MAX_LIMIT, limit)));
  }

  /** Every matter, disabled ones included, by code: the import file's shape. */
  public List<Matter> export() {
    return matters.all();
  }

  public boolean isEmpty() {
    return matters.count() == 0;
  }

  /** Builds the search index now, so that the first search after start-up is as fast as the rest. */
  void warmUp() {
    index();
  }

  /**
   * Replaces the catalogue with a file in the export's shape: matters are created or updated by
   * code, and enabled matters absent from the file are disabled (never deleted). A file that is
   * not JSON, or that breaks any rule, is refused whole and nothing is written.
   *
   * @throws CatalogImportException listing every problem with its line in the file
   */
  public ImportResult importCatalog(byte[] file) {
    Located root;
    try {
      root = LocatedJson.read(file);
    } catch (MalformedJson e) {
      throw new CatalogImportException(ProblemCode.MALFORMED, List.of(translate(
          new Violation("", e.line, "malformed", String.valueOf(e.column), e.getMessage()))));
    }
    Set<String> departments = sites.departments().stream().map(Department::code).collect(Collectors.toSet());
    MatterReader.Result read = MatterReader.read(root, departments);
    if (!read.violations().isEmpty()) {
      throw new CatalogImportException(ProblemCode.VALIDATION, read.violations().stream().map(this::translate).toList());
    }
    ImportResult result = transaction.execute(status -> write(read.matters()));
    rebuild();
    log.info("Matter catalogue imported: {} matters, {} created, {} updated, {} unchanged, {} disabled",
        result.matters(), result.created(), result.updated(), result.unchanged(), result.disabled());
    return result;
  }

  /**
   * Problems of a whole form about to be submitted: required fields missing, values of the wrong
   * type or out of bounds, and keys that are not fields of the matter's form. Each problem's
   * {@code field} is the form field's name and its {@code code} has a {@code validation.<code>}
   * translation, so the list can be thrown as {@code new ApiException(ProblemCode.VALIDATION, list)}.
   *
   * @throws ApiException a 404 problem when no matter has that code
   */
  public List<FieldProblem> validateForm(String code, Map<String, ?> values) {
    return FormValidator.validate(get(code), values, true);
  }

  /** Like {@link #validateForm} for the values present only, as a draft is edited field by field. */
  public List<FieldProblem> validateFormFields(String code, Map<String, ?> values) {
    return FormValidator.validate(get(code), values, false);
  }

  private ImportResult write(List<Matter> imported) {
    matters.lockForImport();
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    Set<String> codes = new HashSet<>();
    for (Matter matter : imported) {
      codes.add(matter.code());
      switch (matters.upsert(matter)) {
        case CREATED -> created++;
        case UPDATED -> updated++;
        case UNCHANGED -> unchanged++;
      }
    }
    List<String> absent = matters.enabledCodes().stream().filter(code -> !codes.contains(code)).toList();
    return new ImportResult(imported.size(), created, updated, unchanged, matters.disable(absent));
  }

  private ImportProblem translate(Violation violation) {
    Object[] arguments = Stream.concat(Stream.of(String.valueOf(violation.line()), violation.field()),
        violation.details().stream()).toArray();
    String message = problems.message("catalog.import." + violation.code(), arguments, LocaleContextHolder.getLocale());
    return new ImportProblem(violation.field(), violation.code(), message, violation.line());
  }

  private MatterIndex index() {
    Snapshot current = snapshot;
    if (current != null && !due(current)) {
      return current.index;
    }
    synchronized (this) {
      current = snapshot;
      if (current != null && !due(current)) {
        return current.index;
      }
      if (current != null) {
        Stamp stamp = matters.stamp();
        if (current.stamp.equals(stamp)) {
          snapshot = new Snapshot(current.index, stamp, System.nanoTime());
          return current.index;
        }
      }
      return rebuild().index;
    }
  }

  private synchronized Snapshot rebuild() {
    // The stamp is read first: a change committed in between makes the next check rebuild again.
    Stamp stamp = matters.stamp();
    Snapshot fresh = new Snapshot(MatterIndex.of(matters.all(), sites.departments()), stamp, System.nanoTime());
    snapshot = fresh;
    return fresh;
  }

  private boolean due(Snapshot snapshot) {
    return System.nanoTime() - snapshot.checkedAt >= refreshCheckNanos;
  }

  private record Snapshot(MatterIndex index, Stamp stamp, long checkedAt) {}
}
