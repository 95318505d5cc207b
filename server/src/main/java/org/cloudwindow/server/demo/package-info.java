/**
 * Demo data for the run command (profile {@code demo}) shaped like the Haishu seed deployment,
 * and the production check that none of it is present.
 */
@org.jspecify.annotations.NullMarked
package org.cloudwindow.server.demo;
