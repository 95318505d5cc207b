package org.cloudwindow.server.casework;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public progress look-up, without signing in (the acceptance notice's QR code leads here). The
 * client is the connection's address; behind a proxy, Spring's forwarded-header handling
 * ({@code server.forward-headers-strategy}) must make it the resident's.
 */
@RestController
class TrackController {

  private final CaseTracking tracking;

  TrackController(CaseTracking tracking) {
    this.tracking = tracking;
  }

  @GetMapping("/api/track/{caseNumber}")
  CaseTracking.Tracked track(@PathVariable String caseNumber, @RequestParam(required = false) String phoneLast4,
      HttpServletRequest request) {
    return tracking.track(request.getRemoteAddr(), caseNumber, phoneLast4);
  }
}
