/**
 * The coordinators' live board: queue figures of every window in their subtree, wait-timeout
 * and YELLOW/RED alerts raised by a scan once per cluster, acknowledging and resolving them, and
 * tidal duty (潮汐窗口) to send a clerk to a busy window for a while.
 */
@org.jspecify.annotations.NullMarked
package org.cloudwindow.server.board;
