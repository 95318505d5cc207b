/**
 * Case materials (材料): the checklist of required-material slots a case's matters ask for,
 * resumable uploads (tus 1.0) from tablets, content checks (real type, image re-encoding, PDF
 * active content), the clerk's verify and reject, downloads for participants only, and an audit
 * trail of every action. Public surface: {@link org.cloudwindow.server.material.MaterialService}
 * and its records.
 */
@org.jspecify.annotations.NullMarked
package org.cloudwindow.server.material;
