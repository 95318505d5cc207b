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
      new MockEnvironment().withProperty("spring.datasource.password", "generated-8f3kq2-secret")
          .withProperty("cloudwindow.notice.public-base-url", "https://yunchuang.example.gov.cn");

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
  void noticesNeedAnAddressResidentsPhonesReach() {
    for (String local : new String[] {"http://localhost:8080", "https://LOCALHOST/", "http://127.0.0.1:8080",
        "http://127.1.2.3", "http://[::1]:8080", "http://0.0.0.0:8080", "http://cloudwindow.localhost", "", "  "}) {
      environment.setProperty("cloudwindow.notice.public-base-url", local);
      assertThatThrownBy(this::check).as(local).hasMessageContaining("CLOUDWINDOW_NOTICE_PUBLIC_BASE_URL")
          .hasMessageContaining("QR");
    }
    for (String reachable : new String[] {"https://yunchuang.example.gov.cn", "https://10.20.0.5:8443",
        "https://localhost-portal.example.gov.cn/cloudwindow"}) {
      environment.setProperty("cloudwindow.notice.public-base-url", reachable);
      assertThatCode(this::check).as(reachable).doesNotThrowAnyException();
    }
  }

  @Test
  void localStorageHasNoKeysToCheck() {
    environment.setProperty("cloudwindow.storage.secret-key", "");
    assertThatCode(this::check).doesNotThrowAnyException();
  }
}
