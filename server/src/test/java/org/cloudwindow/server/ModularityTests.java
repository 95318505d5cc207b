package org.cloudwindow.server;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Fails the build when a feature reaches into another feature's internals or modules form a cycle. */
class ModularityTests {

  @Test
  void featureModulesKeepTheirBoundaries() {
    ApplicationModules.of(CloudWindowApplication.class).verify();
  }
}
