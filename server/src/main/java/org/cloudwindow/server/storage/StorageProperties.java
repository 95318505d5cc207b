package org.cloudwindow.server.storage;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where objects live.
 *
 * @param type {@code local} (default: a directory, for the run command) or {@code s3} (any
 *     S3-compatible server: a MinIO cluster in production)
 * @param directory the local-disk store's root; blank means a temporary directory removed at exit
 *     (tests)
 * @param endpoint the S3 server's URL, such as {@code http://minio:9000}
 * @param accessKey the S3 access key
 * @param secretKey the S3 secret key
 * @param bucket created at start when missing; default {@code cloudwindow}
 * @param region the bucket's region; default {@code us-east-1}, which MinIO uses unless told
 *     otherwise
 */
@ConfigurationProperties("cloudwindow.storage")
record StorageProperties(
    Type type,
    String directory,
    String endpoint,
    String accessKey,
    String secretKey,
    String bucket,
    String region) {

  enum Type { LOCAL, S3 }

  StorageProperties {
    type = type == null ? Type.LOCAL : type;
    directory = directory == null ? "" : directory;
    endpoint = endpoint == null ? "" : endpoint;
    accessKey = accessKey == null ? "" : accessKey;
    secretKey = secretKey == null ? "" : secretKey;
    bucket = bucket == null || bucket.isBlank() ? "cloudwindow" : bucket;
    region = region == null || region.isBlank() ? "us-east-1" : region;
  }

  /** Without the secret key, so logging the properties cannot leak it. */
  @Override
  public String toString() {
    return "StorageProperties[type=" + type + ", directory=" + directory + ", endpoint=" + endpoint
        + ", accessKey=" + accessKey + ", bucket=" + bucket + ", region=" + region + "]";
  }
}
