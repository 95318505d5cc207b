package org.cloudwindow.server.config;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mock.env.MockEnvironment;

/** The prod checks of settings alone; ProductionProfileIT starts the application. */
class ProductionChecksTest {

  private final MockEnvironment environment =
      new MockEnvironment().withProperty("spring.datasource.password", "generated-8f3kq2-secret");

  private void check() {
    new ProductionChecks(new DefaultListableBeanFactory().getBeanProvider(EmbeddedPostgres.class), environment)
        .afterPropertiesSet();
  }

  @Test
  void s3StorageNeedsAGeneratedSecretKey() {
    environment.setProperty("cloudwindow.storage.type", "s3");
    environment.setProperty("cloudwindow.storage.secret-key", "minioadmin");
    assertThatThrownBy(this::check).hasMessageContaining("CLOUDWINDOW_STORAGE_SECRET_KEY");
    environment.setProperty("cloudwindow.storage.secret-key", "k7Pq-generated-2026");
    assertThatCode(this::check).doesNotThrowAnyException();
  }

  @Test
  void localStorageHasNoKeysToCheck() {
    environment.setProperty("cloudwindow.storage.secret-key", "");
    assertThatCode(this::check).doesNotThrowAnyException();
  }
}
