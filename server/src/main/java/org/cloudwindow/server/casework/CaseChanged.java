package org.cloudwindow.server.casework;

/**
 * Something about a case changed that its screens reload on; told on {@code /topic/cases/{id}}
 * as {@code {type}} after commit.
 *
 * @param type {@link #MATTERS}, {@link #TIMELINE}
 */
record CaseChanged(long caseId, String type) {

  static final String MATTERS = "matters";
  static final String TIMELINE = "timeline";
}
