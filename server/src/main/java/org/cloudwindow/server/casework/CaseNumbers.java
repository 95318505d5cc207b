package org.cloudwindow.server.casework;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.cloudwindow.server.site.SiteService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case numbers, readable aloud and unique: the accepting site's code, the day, and the day's
 * sequence at that site, e.g. {@code 330203101000-20261122-0007}.
 */
@Component
class CaseNumbers {

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private final LifecycleRepository lifecycle;
  private final SiteService sites;

  CaseNumbers(LifecycleRepository lifecycle, SiteService sites) {
    this.lifecycle = lifecycle;
    this.sites = sites;
  }

  /** Runs in the accepting transaction: a rolled-back acceptance gives its number back. */
  @Transactional(propagation = Propagation.MANDATORY)
  String next(long windowId, LocalDate day) {
    String siteCode = sites.get(sites.getWindow(windowId).siteId()).code();
    return siteCode + "-" + DAY.format(day) + "-" + String.format("%04d", lifecycle.nextNumber(siteCode, day));
  }
}
