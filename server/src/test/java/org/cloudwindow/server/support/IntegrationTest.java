package org.cloudwindow.server.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port with the demo data, on a real embedded PostgreSQL in a
 * temporary directory. Every test class with the same annotation shares one running context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "cloudwindow.embedded-db.data-directory=",
    "cloudwindow.storage.directory=",
    "cloudwindow.tls.enabled=false",
    // Tests run the queue's scans themselves, with the time they choose.
    "cloudwindow.queue.scan-interval=1h",
    "cloudwindow.board.scan-interval=1h",
    "cloudwindow.consult.scan-interval=1h",
    "cloudwindow.casework.decision-scan-interval=1h"
})
@ActiveProfiles("demo")
public @interface IntegrationTest {}
