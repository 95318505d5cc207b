/**
 * The shared case record (办件). So far: the draft a case starts as (opened by the worker while
 * the ticket waits, or when a clerk calls it), the clerk's desk actions that call a ticket and
 * open its case together, and who may follow a case live. Public surface:
 * {@link org.cloudwindow.server.casework.CaseService} and its records.
 */
@org.jspecify.annotations.NullMarked
package org.cloudwindow.server.casework;
