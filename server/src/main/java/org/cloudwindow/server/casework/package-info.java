/**
 * The shared case record (办件). So far: the draft a case starts as when a clerk calls a ticket,
 * and the clerk's desk actions that call a ticket and open its case together. Public surface:
 * {@link org.cloudwindow.server.casework.CaseService} and its records.
 */
@org.jspecify.annotations.NullMarked
package org.cloudwindow.server.casework;
