package org.cloudwindow.server.consult;

import java.util.List;
import org.cloudwindow.server.identity.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Consultations over HTTP; every body is checked in the services, so no field is half-taken. */
@RestController
class ConsultController {

  private final ConsultService consultations;
  private final Assignments assignments;

  ConsultController(ConsultService consultations, Assignments assignments) {
    this.consultations = consultations;
    this.assignments = assignments;
  }

  @PostMapping("/api/calls/{callId}/consultations")
  @ResponseStatus(HttpStatus.CREATED)
  Consultation request(@AuthenticationPrincipal CurrentUser clerk, @PathVariable String callId,
      @RequestBody Request request) {
    return consultations.request(clerk, callId, request.topic(), request.tags());
  }

  /** The call's live consultation, or else its latest; 404 when it never had one. */
  @GetMapping("/api/calls/{callId}/consultation")
  Consultation ofCall(@AuthenticationPrincipal CurrentUser user, @PathVariable String callId) {
    return consultations.ofCall(user, callId);
  }

  @GetMapping("/api/consultations")
  List<Consultation> list(@AuthenticationPrincipal CurrentUser coordinator,
      @RequestParam(required = false) @Nullable ConsultationState state) {
    return consultations.list(coordinator, state);
  }

  @GetMapping("/api/consultations/mine")
  List<Consultation> mine(@AuthenticationPrincipal CurrentUser expert) {
    return consultations.mine(expert);
  }

  @GetMapping("/api/consultations/{id}")
  Consultation get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
    return consultations.get(user, id);
  }

  @PostMapping("/api/consultations/{id}/assign")
  Consultation assign(@AuthenticationPrincipal CurrentUser coordinator, @PathVariable long id,
      @RequestBody Assign assign) {
    return assignments.assign(coordinator, id, assign.expertIds());
  }

  @PostMapping("/api/consultations/{id}/answer")
  Consultation answer(@AuthenticationPrincipal CurrentUser expert, @PathVariable long id, @RequestBody Answer answer) {
    return assignments.answer(expert, id, answer.accept(), answer.reason());
  }

  @PostMapping("/api/consultations/{id}/join-as-coordinator")
  Consultation join(@AuthenticationPrincipal CurrentUser coordinator, @PathVariable long id) {
    return assignments.joinAsCoordinator(coordinator, id);
  }

  /** For an expert of the consultation: whom they could suggest (names, tags, availability). */
  @GetMapping("/api/consultations/{id}/suggestable-experts")
  List<SuggestableExpert> suggestable(@AuthenticationPrincipal CurrentUser expert, @PathVariable long id) {
    return assignments.suggestable(expert, id);
  }

  @PostMapping("/api/consultations/{id}/suggest")
  Consultation suggest(@AuthenticationPrincipal CurrentUser expert, @PathVariable long id,
      @RequestBody Suggest suggest) {
    return assignments.suggest(expert, id, suggest.expertId(), suggest.reason());
  }

  @PostMapping("/api/consultations/{id}/notes")
  Consultation note(@AuthenticationPrincipal CurrentUser expert, @PathVariable long id, @RequestBody Note note) {
    return consultations.note(expert, id, note.text());
  }

  @PostMapping("/api/consultations/{id}/conclude")
  Consultation conclude(@AuthenticationPrincipal CurrentUser clerk, @PathVariable long id,
      @RequestBody Conclude conclude) {
    return consultations.conclude(clerk, id, conclude.conclusion());
  }

  record Request(@Nullable String topic, @Nullable List<String> tags) {}

  record Assign(@Nullable List<Long> expertIds) {}

  record Answer(@Nullable Boolean accept, @Nullable String reason) {}

  record Suggest(@Nullable Long expertId, @Nullable String reason) {}

  record Note(@Nullable String text) {}

  record Conclude(@Nullable String conclusion) {}
}
