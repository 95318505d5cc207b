package org.cloudwindow.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/** Fails the build when a feature reaches into another feature's internals or modules form a cycle. */
class ModularityTests {

  private final ApplicationModules modules = ApplicationModules.of(CloudWindowApplication.class);

  @Test
  void featureModulesKeepTheirBoundaries() {
    modules.verify();
  }

  @Test
  void everyFeaturePackageIsAModule() {
    assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
        .contains("account", "board", "call", "casework", "catalog", "config", "consult", "demo", "identity", "material", "notice", "queue", "rating", "site", "web");
  }
}
