package org.cloudwindow.server.support;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * After each journey, passed or failed, the named clerks hold no ticket and are off duty (see
 * {@link DeskJourney#release}): a journey that failed half-way left its desk in a call, and every
 * journey after it that uses the same clerk failed too.
 */
public final class FreeDesks implements AfterEachCallback {

  private final String[] clerks;

  public FreeDesks(String... clerks) {
    this.clerks = clerks.clone();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    int port = SpringExtension.getApplicationContext(context).getEnvironment()
        .getRequiredProperty("local.server.port", Integer.class);
    for (String clerk : clerks) {
      DeskJourney.release(port, clerk);
    }
  }
}
