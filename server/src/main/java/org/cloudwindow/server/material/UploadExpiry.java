package org.cloudwindow.server.material;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Deletes the parts of uploads abandoned past their expiry, once per cluster. */
@Component
class UploadExpiry {

  private static final Logger log = LoggerFactory.getLogger(UploadExpiry.class);

  private final UploadService uploads;

  UploadExpiry(UploadService uploads) {
    this.uploads = uploads;
  }

  @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
  @SchedulerLock(name = "material-upload-expiry", lockAtMostFor = "PT5M")
  void expire() {
    int expired = uploads.expire();
    if (expired > 0) {
      log.info("Expired {} unfinished material uploads", expired);
    }
  }
}
