package org.cloudwindow.server.catalog;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.cloudwindow.server.identity.CurrentUser;
import org.cloudwindow.server.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Admins download the catalogue as a JSON file, edit it, and upload it back (the path is
 * admin-only in security). The file is the seed's shape, so the seed is also the format's example.
 */
@RestController
@RequestMapping("/api/admin/matters")
class CatalogAdminController {

  private static final Logger log = LoggerFactory.getLogger(CatalogAdminController.class);
  /** File names carry the date the admins live in, not UTC's. */
  private static final ZoneId SERVICE_ZONE = ZoneId.of("Asia/Shanghai");

  private final CatalogService catalog;
  private final JsonMapper json;
  private final Problems problems;
  private final Clock clock;

  CatalogAdminController(CatalogService catalog, JsonMapper json, Problems problems, Clock clock) {
    this.catalog = catalog;
    this.json = json;
    this.problems = problems;
    this.clock = clock;
  }

  @GetMapping("/export")
  ResponseEntity<byte[]> export() {
    byte[] file = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(catalog.export());
    String name = "cloudwindow-matters-" + LocalDate.now(clock.withZone(SERVICE_ZONE))
        .format(DateTimeFormatter.BASIC_ISO_DATE) + ".json";
    return ResponseEntity.ok()
        .contentType(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
        .body(file);
  }

  /** The raw bytes, not a bound object: problems must point at lines of the file as uploaded. */
  @PostMapping(path = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
  ImportResult importCatalog(@AuthenticationPrincipal CurrentUser admin, @RequestBody byte[] file) {
    log.info("Matter catalogue import of {} bytes by {}", file.length, admin.username());
    return catalog.importCatalog(file);
  }

  /** Our own shape of {@code errors}: each entry also carries the line in the uploaded file. */
  @ExceptionHandler(CatalogImportException.class)
  ResponseEntity<ProblemDetail> refused(CatalogImportException e) {
    log.info("Matter catalogue import refused: {} problem(s)", e.problems().size());
    ProblemDetail problem = problems.of(e.problem());
    problem.setProperty("errors", e.problems());
    return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
