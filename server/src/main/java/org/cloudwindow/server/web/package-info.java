/**
 * API conventions shared by every feature: RFC 9457 problem details with a stable {@code type}
 * and {@code code}, translated titles, and serving the single-page app.
 */
@org.jspecify.annotations.NullMarked
package org.cloudwindow.server.web;
