package org.cloudwindow.server.casework;

public record DecisionDue(long caseId, long windowId, java.time.LocalDate deadline) {}
