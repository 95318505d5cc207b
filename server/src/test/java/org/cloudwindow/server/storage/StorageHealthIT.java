package org.cloudwindow.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.cloudwindow.server.support.ApiClient;
import org.cloudwindow.server.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class StorageHealthIT {

  @LocalServerPort
  int port;

  @Test
  void healthShowsStorageToEveryoneAndItsDetailsToSignedInUsers() {
    var anonymous = new ApiClient(port).get("/actuator/health").json();
    assertThat(anonymous.path("components").path("storage").path("status").asString()).isEqualTo("UP");
    assertThat(anonymous.path("components").path("storage").has("details")).isFalse();

    var admin = new ApiClient(port).signedInAs("admin").get("/actuator/health").json();
    assertThat(admin.path("components").path("storage").path("details").path("type").asString()).isEqualTo("local");
  }
}
