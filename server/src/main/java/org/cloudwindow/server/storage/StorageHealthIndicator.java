package org.cloudwindow.server.storage;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/** UP when the object store can be used now: the directory is writable, the bucket exists. */
class StorageHealthIndicator extends AbstractHealthIndicator {

  private final ObjectStore store;

  StorageHealthIndicator(ObjectStore store) {
    super("Object storage health check failed");
    this.store = store;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) throws Exception {
    builder.up().withDetails(store.probe());
  }
}
