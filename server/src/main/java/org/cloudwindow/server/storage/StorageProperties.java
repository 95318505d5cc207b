package org.cloudwindow.server.storage;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param directory the local-disk store's root; blank means a temporary directory removed at exit
 *     (tests)
 */
@ConfigurationProperties("cloudwindow.storage")
record StorageProperties(String directory) {

  StorageProperties {
    directory = directory == null ? "" : directory;
  }
}
