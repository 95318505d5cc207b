package org.cloudwindow.server.consult;

import java.util.List;

/**
 * An expert that an expert in a consultation may suggest to the coordinator: who they are, their
 * tags (those the request is about in {@code matchedTags}) and whether they can come. Less than a
 * coordinator's {@link Consultation.Candidate}: an expert has no business with a colleague's site
 * or load.
 */
record SuggestableExpert(long expertId, String displayName, List<String> tags, List<String> matchedTags,
    Availability availability) {

  static SuggestableExpert of(Consultation.Candidate candidate) {
    return new SuggestableExpert(candidate.expertId(), candidate.displayName(), candidate.tags(),
        candidate.matchedTags(), candidate.availability());
  }
}
