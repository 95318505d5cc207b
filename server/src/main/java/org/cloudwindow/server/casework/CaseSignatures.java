package org.cloudwindow.server.casework;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.cloudwindow.server.catalog.CatalogService;
import org.cloudwindow.server.identity.CurrentUser;
import org.cloudwindow.server.web.ApiException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The applicant's signature on a case. The image is a material of its own (the materials feature
 * stores it); casework keeps which material it is and a hash of the case content it signed: the
 * matters, the form values and the hashes of the materials' pages. When that content changes
 * later, the signature is stale and the applicant signs again.
 */
@Service
@Transactional
public class CaseSignatures {

  private final CaseRepository cases;
  private final LifecycleRepository lifecycle;
  private final FormRepository forms;
  private final TimelineRepository timeline;
  private final CaseAccess access;
  private final CatalogService catalog;
  private final CaseMaterials materials;
  private final ApplicationEventPublisher events;
  private final JsonMapper json;
  private final Clock clock;

  CaseSignatures(CaseRepository cases, LifecycleRepository lifecycle, FormRepository forms, TimelineRepository timeline,
      CaseAccess access, CatalogService catalog, CaseMaterials materials, ApplicationEventPublisher events,
      JsonMapper json, Clock clock) {
    this.cases = cases;
    this.lifecycle = lifecycle;
    this.forms = forms;
    this.timeline = timeline;
    this.access = access;
    this.catalog = catalog;
    this.materials = materials;
    this.events = events;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Refuses unless the user may take the applicant's signature now: its worker or a clerk of its
   * window, before the case is decided (draft, submitted, or waiting for supplements).
   */
  @Transactional(readOnly = true)
  public void requireSignable(CurrentUser user, long caseId) {
    CaseRecord found = cases.find(caseId).orElseThrow(() -> ApiException.notFound("case " + caseId));
    access.requireEdit(user, found);
    if (found.state() != CaseState.DRAFT && found.state() != CaseState.SUBMITTED
        && found.state() != CaseState.SUPPLEMENT_REQUESTED) {
      throw new ApiException(CaseProblem.NOT_SIGNABLE, found.state().name());
    }
  }

  /** Records the stored signature material with the hash of what it signs now. */
  public Signature signed(CurrentUser user, long caseId, long materialId) {
    CaseRecord found = cases.lock(caseId).orElseThrow(() -> ApiException.notFound("case " + caseId));
    requireSignable(user, caseId);
    Instant now = clock.instant();
    String hash = contentHash(caseId);
    lifecycle.signed(caseId, materialId, now, hash);
    timeline.event(caseId, now, user.id(), "SIGNED", null, found.state(), null, List.of());
    cases.touch(caseId, now);
    events.publishEvent(new CaseChanged(caseId, CaseChanged.TIMELINE));
    return new Signature(materialId, now, hash, false);
  }

  /** The case's signature, stale when the content it signed has changed since. */
  @Transactional(readOnly = true)
  public Optional<Signature> of(long caseId) {
    return lifecycle.signature(caseId).map(row -> new Signature(row.materialId(), row.signedAt(), row.contentHash(),
        !row.contentHash().equals(contentHash(caseId))));
  }

  /** SHA-256 (hex) over the case's matters in order, its non-empty form values by name, and its material pages. */
  @Transactional(readOnly = true)
  public String contentHash(long caseId) {
    CaseRecord found = cases.find(caseId).orElseThrow(() -> ApiException.notFound("case " + caseId));
    CaseSchema schema = CaseSchema.of(catalog, found.matterCodes());
    List<String> lines = new ArrayList<>();
    found.matterCodes().forEach(code -> lines.add("matter:" + code));
    Map<String, Object> values = new TreeMap<>(forms.plainValues(caseId, schema));
    values.forEach((field, value) -> lines.add("field:" + field + "=" + json.writeValueAsString(value)));
    materials.fingerprints(caseId).forEach(line -> lines.add("material:" + line));
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** {@code {materialId, signedAt, contentHash, stale}} on the wire. */
  public record Signature(long materialId, Instant signedAt, String contentHash, boolean stale) {}
}
