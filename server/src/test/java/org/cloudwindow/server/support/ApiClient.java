package org.cloudwindow.server.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client of the HTTP API that behaves like the web app: it keeps cookies and echoes the CSRF
 * cookie in the {@code X-XSRF-TOKEN} header of every state-changing request.
 */
public final class ApiClient {

  public static final String DEMO_PASSWORD = "Demo@2026";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final String baseUrl;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;
  private String language = "zh-CN";

  public ApiClient(int port) {
    this.baseUrl = "http://127.0.0.1:" + port;
    this.http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5)).build();
  }

  public ApiClient inEnglish() {
    language = "en";
    return this;
  }

  public Response get(String path) {
    return send(request(path).GET());
  }

  public Response post(String path, Object body) {
    return send(withCsrf(request(path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json(body))));
  }

  public Response put(String path, Object body) {
    return send(withCsrf(request(path)).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json(body))));
  }

  public Response patch(String path, Object body) {
    return send(withCsrf(request(path)).header("Content-Type", "application/json")
        .method("PATCH", HttpRequest.BodyPublishers.ofString(json(body))));
  }

  public Response delete(String path) {
    return send(withCsrf(request(path)).DELETE());
  }

  /** A POST with any raw body and content type, for bad-input tests. */
  public Response postRaw(String path, String contentType, String body) {
    return send(withCsrf(request(path)).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** A POST of raw bytes (an image body). */
  public Response postBytes(String path, String contentType, byte[] body) {
    return send(withCsrf(request(path)).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /** A PUT of raw bytes, with extra headers as name, value pairs. */
  public Response putBytes(String path, String contentType, byte[] body, String... headers) {
    HttpRequest.Builder builder = withCsrf(request(path)).header("Content-Type", contentType)
        .PUT(HttpRequest.BodyPublishers.ofByteArray(body));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    return send(builder);
  }

  /** A multipart form with one file part ({@code file}) and text fields as name, value pairs. */
  public Response postFile(String path, String filename, String contentType, byte[] content, String... fields) {
    String boundary = "cw-" + System.nanoTime();
    var body = new java.io.ByteArrayOutputStream();
    for (int i = 0; i + 1 < fields.length; i += 2) {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fields[i] + "\"\r\n\r\n"
          + fields[i + 1] + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
        + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return send(withCsrf(request(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  /** A GET whose body is kept as bytes, with extra request headers as name, value pairs. */
  public HttpResponse<byte[]> getBytes(String path, String... headers) {
    HttpRequest.Builder builder = request(path).GET();
    for (int i = 0; i + 1 < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    try {
      return http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public Response postWithoutCsrf(String path, Object body) {
    return send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json(body))));
  }

  public Response login(String username, String password) {
    return post("/api/auth/login", java.util.Map.of("username", username, "password", password));
  }

  /** Signs in and fails the test unless it worked. */
  public ApiClient signedInAs(String username) {
    return signedInAs(username, DEMO_PASSWORD);
  }

  public ApiClient signedInAs(String username, String password) {
    Response response = login(username, password);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return this;
  }

  public Optional<HttpCookie> cookie(String name) {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).findFirst();
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
        .header("Accept-Language", language);
  }

  private HttpRequest.Builder withCsrf(HttpRequest.Builder builder) {
    if (cookie("XSRF-TOKEN").isEmpty()) {
      get("/api/auth/csrf");
    }
    return builder.header("X-XSRF-TOKEN", cookie("XSRF-TOKEN").map(HttpCookie::getValue).orElse(""));
  }

  private Response send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.body(),
          response.headers().firstValue("Content-Type").orElse(""), response.headers().allValues("Set-Cookie"));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String json(Object body) {
    return body instanceof String text ? text : JSON.writeValueAsString(body);
  }

  public record Response(int status, String body, String contentType, java.util.List<String> setCookies) {

    public JsonNode json() {
      return JSON.readTree(body);
    }

    /** The problem's stable code, after checking that this is a problem detail. */
    public String problemCode() {
      assertThat(contentType).as(body).startsWith("application/problem+json");
      return json().path("code").asString();
    }
  }
}
