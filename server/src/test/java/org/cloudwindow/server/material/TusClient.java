package org.cloudwindow.server.material;

import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpCookie;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cloudwindow.server.support.ApiClient;

/**
 * A tus 1.0 client as a tablet's would be (tus-js-client), signed in with an {@link ApiClient}'s
 * cookies. Records every chunk it had acknowledged so tests can prove nothing is sent twice.
 */
final class TusClient {

  private final int port;
  private final ApiClient api;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  /** {from, to} of every PATCH the server acknowledged. */
  final List<long[]> acknowledged = new ArrayList<>();

  TusClient(int port, ApiClient api) {
    this.port = port;
    this.api = api;
    api.get("/api/auth/csrf");
  }

  static Map<String, String> meta(String slot, String fileName, String type) {
    Map<String, String> meta = new LinkedHashMap<>();
    meta.put("slot", slot);
    meta.put("filename", fileName);
    if (type != null) {
      meta.put("filetype", type);
    }
    return meta;
  }

  static String encode(Map<String, String> metadata) {
    List<String> pairs = new ArrayList<>();
    metadata.forEach((k, v) -> pairs.add(k + " " + Base64.getEncoder().encodeToString(v.getBytes(StandardCharsets.UTF_8))));
    return String.join(",", pairs);
  }

  HttpResponse<String> create(long caseId, long length, String metadataHeader, String... extra) {
    HttpRequest.Builder b = request("/api/cases/" + caseId + "/materials").header("Tus-Resumable", "1.0.0")
        .header("Upload-Length", String.valueOf(length)).POST(HttpRequest.BodyPublishers.noBody());
    if (metadataHeader != null) {
      b.header("Upload-Metadata", metadataHeader);
    }
    for (int i = 0; i + 1 < extra.length; i += 2) {
      b.setHeader(extra[i], extra[i + 1]);
    }
    return send(b);
  }

  HttpResponse<String> head(String location) {
    return send(request(location).header("Tus-Resumable", "1.0.0").method("HEAD", HttpRequest.BodyPublishers.noBody()));
  }

  HttpResponse<String> patch(String location, long offset, byte[] chunk) {
    return patch(location, offset, chunk, "application/offset+octet-stream");
  }

  HttpResponse<String> patch(String location, long offset, byte[] chunk, String contentType) {
    HttpResponse<String> response = send(request(location).header("Tus-Resumable", "1.0.0")
        .header("Upload-Offset", String.valueOf(offset)).header("Content-Type", contentType)
        .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(chunk)));
    if (response.statusCode() == 204) {
      synchronized (acknowledged) {
        acknowledged.add(new long[] {offset, offset + chunk.length});
      }
    }
    return response;
  }

  HttpResponse<String> terminate(String location) {
    return send(request(location).header("Tus-Resumable", "1.0.0").DELETE());
  }

  /** Creates and sends the whole file in chunks; returns the last response (204, or the refusal). */
  HttpResponse<String> upload(long caseId, byte[] file, Map<String, String> metadata, int chunkSize) {
    HttpResponse<String> created = create(caseId, file.length, encode(metadata));
    if (created.statusCode() != 201) {
      return created;
    }
    String location = created.headers().firstValue("Location").orElseThrow();
    HttpResponse<String> last = created;
    for (int offset = 0; offset < file.length; offset += chunkSize) {
      byte[] chunk = java.util.Arrays.copyOfRange(file, offset, Math.min(file.length, offset + chunkSize));
      last = patch(location, offset, chunk);
      if (last.statusCode() != 204) {
        return last;
      }
    }
    return last;
  }

  /**
   * Starts a PATCH announcing {@code chunk.length} bytes, sends only {@code sent} of them and
   * closes the socket: a tablet losing its network mid-chunk.
   */
  void patchAndDrop(String location, long offset, byte[] chunk, int sent) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      OutputStream out = socket.getOutputStream();
      String head = "PATCH " + location + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nCookie: " + cookies()
          + "\r\nX-XSRF-TOKEN: " + api.cookie("XSRF-TOKEN").map(HttpCookie::getValue).orElse("")
          + "\r\nTus-Resumable: 1.0.0\r\nUpload-Offset: " + offset
          + "\r\nContent-Type: application/offset+octet-stream\r\nContent-Length: " + chunk.length + "\r\n\r\n";
      out.write(head.getBytes(StandardCharsets.ISO_8859_1));
      out.write(chunk, 0, sent);
      out.flush();
    }
  }

  private String cookies() {
    StringBuilder header = new StringBuilder();
    for (String name : List.of("SESSION", "XSRF-TOKEN")) {
      api.cookie(name).ifPresent(c -> header.append(header.isEmpty() ? "" : "; ").append(c.getName()).append('=')
          .append(c.getValue()));
    }
    return header.toString();
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(60))
        .header("Cookie", cookies())
        .header("X-XSRF-TOKEN", api.cookie("XSRF-TOKEN").map(HttpCookie::getValue).orElse(""));
  }

  private HttpResponse<String> send(HttpRequest.Builder builder) {
    try {
      return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
