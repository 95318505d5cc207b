package org.cloudwindow.server.notice;

import java.util.Objects;

/**
 * Who issues a notice: the service site named at its foot (where the seal goes), the window and
 * the clerk who handled the case.
 */
public record Issuer(String siteName, String windowName, String clerkName) {

  public Issuer {
    Objects.requireNonNull(siteName, "siteName");
    Objects.requireNonNull(windowName, "windowName");
    Objects.requireNonNull(clerkName, "clerkName");
  }
}
