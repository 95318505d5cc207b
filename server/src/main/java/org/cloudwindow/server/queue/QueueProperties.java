package org.cloudwindow.server.queue;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Queue timing.
 *
 * @param answerTimeout a called worker who has not answered by then goes back to the head of the
 *     queue once, and is a no-show the second time (60 s: long enough to fetch the resident)
 * @param defaultHandleTime the estimate per ticket before a window has served any (8 min: a
 *     typical simple matter at a township window)
 * @param scanInterval how often no-shows, closing windows and ending tidal duty are looked for
 * @param defaultOpeningHours for windows without their own hours
 */
@ConfigurationProperties("cloudwindow.queue")
record QueueProperties(Duration answerTimeout, Duration defaultHandleTime, Duration scanInterval,
    String defaultOpeningHours) {}
