package org.cloudwindow.server.consult;

import java.util.List;
import java.util.stream.Collectors;
import org.cloudwindow.server.casework.CaseService;

/**
 * The consultation as one line of the case's timeline: topic, experts, each note and the
 * conclusion. Notes are refused once this text could no longer hold a full-length conclusion, so
 * concluding never cuts what the experts wrote.
 */
final class TimelineText {

  static final int MAX_CONCLUSION = 1000;

  private TimelineText() {}

  static String of(Consultation consultation, String conclusion) {
    StringBuilder text = new StringBuilder("Consultation ").append(consultation.id()).append(": ")
        .append(consultation.topic());
    String experts = consultation.experts().stream()
        .filter(e -> e.state() == Consultation.InvitationState.ACCEPTED)
        .map(Consultation.Invitation::displayName).collect(Collectors.joining(", "));
    if (!experts.isEmpty()) {
      text.append("\nExperts: ").append(experts);
    }
    for (Consultation.Note note : consultation.notes()) {
      text.append("\nNote by ").append(note.authorName()).append(": ").append(note.text());
    }
    return text.append("\nConclusion: ").append(conclusion).toString();
  }

  /** Whether the consultation with one more note would still fit with the longest conclusion. */
  static boolean fitsWith(Consultation consultation, Consultation.Note note) {
    List<Consultation.Note> notes = new java.util.ArrayList<>(consultation.notes());
    notes.add(note);
    Consultation more = new Consultation(consultation.id(), consultation.callId(), consultation.caseId(),
        consultation.windowId(), consultation.siteId(), consultation.siteName(), consultation.clerkId(),
        consultation.clerkName(), consultation.topic(), consultation.tags(), consultation.state(),
        consultation.requestedAt(), consultation.answeredAt(), consultation.concludedAt(), consultation.conclusion(),
        consultation.experts(), notes, consultation.suggestions(), consultation.candidates());
    // Room kept for experts who accept after this note and are named too.
    return of(more, "x".repeat(MAX_CONCLUSION)).length() <= CaseService.LONG_NOTE - 300;
  }
}
