/**
 * Object storage behind one port: call recordings and stills now, case materials later. The
 * run command keeps objects on local disk; production uses an S3-compatible store.
 */
@org.jspecify.annotations.NullMarked
package org.cloudwindow.server.storage;
