package org.cloudwindow.server.board;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Alert defaults; an admin may give a window thresholds of its own (see {@link Thresholds}).
 *
 * @param waitAlert a ticket waiting longer raises a wait-timeout alert (15 min: the promise of
 *     the seed deployment's "immediate" response)
 * @param yellowWaiting and {@code redWaiting}: tickets waiting at one window; 5 and 10 are about
 *     40 and 80 minutes of work for one clerk
 * @param yellowLongestWait and {@code redLongestWait}: the longest current wait; 10 and 20 min
 * @param serviceTarget the service level counts tickets called within this wait (15 min)
 * @param scanInterval how often the scan runs; alerts reach coordinators within it (5 s)
 * @param publishInterval boards get the figures of changed windows this often (1 s)
 */
@ConfigurationProperties("cloudwindow.board")
record BoardProperties(Duration waitAlert, int yellowWaiting, int redWaiting, Duration yellowLongestWait,
    Duration redLongestWait, Duration serviceTarget, Duration scanInterval, Duration publishInterval) {

  /** The thresholds of windows that have none of their own. */
  Thresholds defaults() {
    return new Thresholds(yellowWaiting, redWaiting, (int) yellowLongestWait.toMinutes(),
        (int) redLongestWait.toMinutes(), false);
  }
}
