package org.cloudwindow.server.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;

/**
 * Where files live. Keys are relative paths like {@code calls/<id>/stills/<id>.jpg}. An object is
 * written whole or not at all: a reader never sees half a file under its final key, and an
 * existing key is never overwritten (a new version gets a new key).
 */
public interface ObjectStore {

  /**
   * Stores the stream under {@code key}; fails with {@link ObjectExistsException} if the key is
   * taken. Returns the size and SHA-256 of what was stored.
   */
  StoredObject put(String key, InputStream content) throws IOException;

  /** The object for reading, with its length, so HTTP range requests can be served from it. */
  Optional<Resource> get(String key);

  boolean exists(String key);

  /** Removes the object; removing a missing key does nothing. */
  void delete(String key);

  /** Keys starting with {@code prefix}, sorted. */
  List<String> list(String prefix);

  /**
   * Checks that the store can be used now, for the health endpoint: the directory is writable,
   * the bucket exists. Returns details worth showing an admin; throws when it cannot be used.
   */
  Map<String, Object> probe() throws IOException;

  /** A key is taken. */
  final class ObjectExistsException extends UncheckedIOException {
    public ObjectExistsException(String key) {
      super(new IOException("object already exists: " + key));
    }
  }
}
