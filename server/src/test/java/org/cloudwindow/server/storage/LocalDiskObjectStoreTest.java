package org.cloudwindow.server.storage;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

class LocalDiskObjectStoreTest extends ObjectStoreContract {

  @TempDir
  Path root;

  private ObjectStore store;

  @BeforeEach
  void open() throws IOException {
    store = new LocalDiskObjectStore(root);
  }

  @Override
  ObjectStore store() {
    return store;
  }
}
