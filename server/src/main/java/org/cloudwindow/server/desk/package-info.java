/**
 * The clerk's desk calling a ticket (叫号): the answer brings together the called ticket (queue),
 * its draft case (casework) and, when the desk sends its page's join session, the call the desk
 * is already in (call). No public surface.
 */
@org.jspecify.annotations.NullMarked
package org.cloudwindow.server.desk;
