package org.cloudwindow.server.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/**
 * Objects as files under a root directory. Each put writes a temporary file next to the target,
 * forces it to disk and then links it into place, so the final key only ever holds a whole file
 * and two writers of one key cannot both win.
 */
final class LocalDiskObjectStore implements ObjectStore {

  private final Path root;

  LocalDiskObjectStore(Path root) throws IOException {
    this.root = Files.createDirectories(root.toAbsolutePath().normalize());
  }

  @Override
  public StoredObject put(String key, InputStream content) throws IOException {
    Path target = resolve(key);
    if (Files.exists(target)) {
      throw new ObjectExistsException(key);
    }
    Files.createDirectories(target.getParent());
    Path temporary = Files.createTempFile(target.getParent(), ".upload-", ObjectKeys.TEMPORARY_SUFFIX);
    try {
      MessageDigest sha256 = sha256();
      long size;
      try (OutputStream file = Files.newOutputStream(temporary);
          DigestOutputStream out = new DigestOutputStream(file, sha256)) {
        size = content.transferTo(out);
      }
      try (var channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        channel.force(true);
      }
      try {
        // A hard link fails if the target exists, unlike a move: the first writer wins.
        Files.createLink(target, temporary);
      } catch (FileAlreadyExistsException e) {
        throw new ObjectExistsException(key);
      } catch (UnsupportedOperationException e) {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
      }
      return new StoredObject(key, size, HexFormat.of().formatHex(sha256.digest()));
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  @Override
  public Optional<Resource> get(String key) {
    Path path = resolve(key);
    return Files.isRegularFile(path) ? Optional.of(new FileSystemResource(path)) : Optional.empty();
  }

  @Override
  public boolean exists(String key) {
    return Files.isRegularFile(resolve(key));
  }

  @Override
  public void delete(String key) {
    try {
      Files.deleteIfExists(resolve(key));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Walks only the prefix's directory, and tolerates files removed during the walk: other
   * requests delete objects (finished upload parts) while one lists.
   */
  @Override
  public List<String> list(String prefix) {
    int slash = prefix.lastIndexOf('/');
    Path start = (slash < 0 ? root : root.resolve(prefix.substring(0, slash))).normalize();
    if (!start.startsWith(root) || !Files.isDirectory(start)) {
      return List.of();
    }
    List<String> keys = new java.util.ArrayList<>();
    try {
      Files.walkFileTree(start, new java.nio.file.SimpleFileVisitor<>() {
        @Override
        public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attrs) {
          String key = root.relativize(file).toString().replace('\\', '/');
          if (attrs.isRegularFile() && key.startsWith(prefix) && !key.endsWith(ObjectKeys.TEMPORARY_SUFFIX)) {
            keys.add(key);
          }
          return java.nio.file.FileVisitResult.CONTINUE;
        }

        @Override
        public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
          if (e instanceof java.nio.file.NoSuchFileException) {
            return java.nio.file.FileVisitResult.CONTINUE;
          }
          throw e;
        }
      });
    } catch (java.nio.file.NoSuchFileException gone) {
      return List.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return keys.stream().sorted().toList();
  }

  @Override
  public Map<String, Object> probe() throws IOException {
    if (!Files.isDirectory(root) || !Files.isWritable(root)) {
      throw new IOException("not a writable directory: " + root);
    }
    return Map.of("type", "local", "directory", root.toString(),
        "usableBytes", Files.getFileStore(root).getUsableSpace());
  }

  private Path resolve(String key) {
    return root.resolve(ObjectKeys.checked(key)).normalize();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
