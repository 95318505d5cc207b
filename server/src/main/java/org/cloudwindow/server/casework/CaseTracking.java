package org.cloudwindow.server.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cloudwindow.server.web.ApiException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public progress tracking (/track): a case by its number and the last four digits of the
 * applicant's phone, with the applicant's name masked and only the lifecycle steps of the
 * timeline. A wrong number and a wrong phone get the same answer, so the look-up tells nothing
 * about which cases exist.
 */
@Service
@Transactional(readOnly = true)
class CaseTracking {

  private static final Set<String> STEPS = EnumSet.allOf(CaseAction.class).stream().map(CaseAction::name)
      .collect(Collectors.toSet());

  private final JdbcClient jdbc;
  private final CaseRepository cases;
  private final TimelineRepository timeline;
  private final TrackThrottle throttle;

  CaseTracking(JdbcClient jdbc, CaseRepository cases, TimelineRepository timeline, TrackThrottle throttle) {
    this.jdbc = jdbc;
    this.cases = cases;
    this.timeline = timeline;
    this.throttle = throttle;
  }

  Tracked track(String client, String caseNumber, @Nullable String phoneLast4) {
    if (!throttle.allow(client)) {
      throw new ApiException(CaseProblem.TRACK_RATE_LIMITED);
    }
    String digits = phoneLast4 == null ? "" : phoneLast4.strip();
    CaseRecord found = jdbc.sql("select id from case_record where case_number = ? and right(applicant_phone, 4) = ?")
        .params(caseNumber.strip(), digits).query(Long.class).optional().flatMap(cases::find)
        .filter(c -> digits.matches("\\d{4}"))
        .orElseThrow(() -> new ApiException(CaseProblem.TRACK_NOT_FOUND));
    List<Tracked.Step> steps = timeline.ofCase(found.id()).stream().filter(e -> STEPS.contains(e.kind()))
        .map(e -> new Tracked.Step(e.at(), e.kind(), e.toState())).toList();
    List<String> matters = cases.matters(found.id()).stream().map(m -> m[1]).toList();
    return new Tracked(found.caseNumber(), found.state(), matters, found.applicant().masked().name(),
        found.acceptedAt(), found.promisedBy(), steps);
  }

  /** What anyone with the case number and phone digits sees. */
  record Tracked(@Nullable String caseNumber, CaseState state, List<String> matters, String applicantName,
      @Nullable Instant acceptedAt, @Nullable LocalDate promisedBy, List<Step> timeline) {

    record Step(Instant at, String kind, CaseState toState) {}
  }
}
