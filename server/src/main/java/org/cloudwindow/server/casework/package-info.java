/**
 * The shared case record (办件): the draft a case starts as (opened by the worker while the ticket
 * waits, or when a clerk calls it), its matters (一事联办) and live form, the lifecycle of
 * DESIGN.md §3 with its deadlines and case numbers, the two-level review, the timeline, lists,
 * the signature's content hash, the written notices of a case (drawn by the notice feature) and
 * public tracking. Public surface:
 * {@link org.cloudwindow.server.casework.CaseService}, {@link org.cloudwindow.server.casework.CaseSignatures},
 * {@link org.cloudwindow.server.casework.CaseViews} (a case as the API shows it to a user),
 * their records, the events {@link org.cloudwindow.server.casework.CaseTransitioned} and
 * {@link org.cloudwindow.server.casework.DecisionDue}, and the port
 * {@link org.cloudwindow.server.casework.CaseMaterials} the materials feature implements.
 */
@org.jspecify.annotations.NullMarked
package org.cloudwindow.server.casework;
