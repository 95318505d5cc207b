package org.cloudwindow.server.storage;

/**
 * The one rule for object keys, shared by every adapter so that a key valid on local disk is valid
 * in S3 too (and objects can move between them).
 */
final class ObjectKeys {

  /** Marks an upload in progress on local disk; never the end of a key of its own. */
  static final String TEMPORARY_SUFFIX = ".part";

  private ObjectKeys() {}

  /**
   * Returns the key, or throws {@link IllegalArgumentException} when it is blank, absolute, climbs
   * out with {@code ..}, uses backslashes or ends like a temporary upload.
   */
  static String checked(String key) {
    if (key.isBlank() || key.startsWith("/") || key.contains("..") || key.contains("\\")
        || key.endsWith(TEMPORARY_SUFFIX)) {
      throw new IllegalArgumentException("bad object key: " + key);
    }
    return key;
  }
}
