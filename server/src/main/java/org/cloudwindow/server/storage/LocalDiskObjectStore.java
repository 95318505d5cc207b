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

  @Override
  public List<String> list(String prefix) {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .filter(k -> k.startsWith(prefix) && !k.endsWith(ObjectKeys.TEMPORARY_SUFFIX))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
