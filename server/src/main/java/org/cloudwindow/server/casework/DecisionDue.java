package org.cloudwindow.server.casework;

import java.time.LocalDate;

/**
 * A submitted case's decision deadline (art. 32: accept, refuse or ask for supplements within 5
 * working days of submission) is at most one working day away; published by casework's scan so
 * the board alerts the coordinators above the case's window.
 */
public record DecisionDue(long caseId, long windowId, LocalDate deadline) {}
