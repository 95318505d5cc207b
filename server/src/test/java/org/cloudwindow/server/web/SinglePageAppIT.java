package org.cloudwindow.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.cloudwindow.server.support.ApiClient;
import org.cloudwindow.server.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class SinglePageAppIT {

  @LocalServerPort
  int port;

  @Test
  void clientRoutesGetTheAppButApiPathsNeverDo() {
    var client = new ApiClient(port);
    for (String route : new String[] {"/", "/login", "/worker", "/admin/users"}) {
      var page = client.get(route);
      assertThat(page.status()).as(route).isEqualTo(200);
      assertThat(page.contentType()).startsWith("text/html");
      assertThat(page.body()).contains("<div id=\"app\"");
    }
    client.signedInAs("clerk-district");
    var unknownApi = client.get("/api/no-such-thing");
    assertThat(unknownApi.status()).isEqualTo(404);
    assertThat(unknownApi.problemCode()).isEqualTo("not-found");
    assertThat(client.get("/assets/no-such-file.js").status()).isEqualTo(404);
  }

  @Test
  void healthShowsTheDatabaseAndTheApiIsDocumented() {
    var client = new ApiClient(port);
    var health = client.get("/actuator/health").json();
    assertThat(health.path("status").asString()).isEqualTo("UP");
    assertThat(health.path("components").path("db").path("status").asString()).isEqualTo("UP");

    var docs = client.get("/v3/api-docs");
    assertThat(docs.status()).isEqualTo(200);
    assertThat(docs.json().path("paths").has("/api/auth/login")).isTrue();
    assertThat(docs.json().path("paths").has("/api/admin/users")).isTrue();
    assertThat(client.get("/swagger-ui/index.html").status()).isEqualTo(200);
  }
}
