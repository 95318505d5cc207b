/**
 * Wiring of the runtime: the embedded PostgreSQL of the run command, the self-signed HTTPS
 * connector for LAN tablets, the clock, and the start-up report.
 */
@org.jspecify.annotations.NullMarked
package org.cloudwindow.server.config;
