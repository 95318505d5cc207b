package org.cloudwindow.server.catalog;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;

/** The export's response headers, which {@code ApiClient} does not expose, via a plain signed-in client. */
final class ExportDownload {

  private ExportDownload() {}

  static Map<String, String> headers(int port, String username) throws Exception {
    String base = "http://127.0.0.1:" + port;
    CookieManager cookies = new CookieManager();
    HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
    http.send(HttpRequest.newBuilder(URI.create(base + "/api/auth/csrf")).build(), HttpResponse.BodyHandlers.discarding());
    String token = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElseThrow();
    HttpResponse<Void> login = http.send(HttpRequest.newBuilder(URI.create(base + "/api/auth/login"))
        .header("Content-Type", "application/json").header("X-XSRF-TOKEN", token)
        .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\"Demo@2026\"}"))
        .build(), HttpResponse.BodyHandlers.discarding());
    if (login.statusCode() != 200) {
      throw new IllegalStateException("sign-in failed: " + login.statusCode());
    }
    HttpResponse<Void> export = http.send(HttpRequest.newBuilder(URI.create(base + "/api/admin/matters/export")).build(),
        HttpResponse.BodyHandlers.discarding());
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    export.headers().map().forEach((name, values) -> headers.put(name, String.join(", ", values)));
    headers.put(":status", String.valueOf(export.statusCode()));
    return headers;
  }
}
