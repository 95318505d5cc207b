package org.cloudwindow.server.consult;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Consultation settings.
 *
 * @param waitingAlert a request no expert accepted for this long raises a board alert (5 min: the
 *     issue's promise is experts in the call within a minute, so five is clearly stuck)
 * @param scanInterval how often waiting requests are looked for (15 s: the alert is late by at
 *     most this much)
 * @param maxParticipants people a call may hold with its experts and coordinator (6: the p2p mesh's
 *     limit, every browser sending to every other)
 */
@ConfigurationProperties("cloudwindow.consult")
record ConsultProperties(Duration waitingAlert, Duration scanInterval, int maxParticipants) {}
