package org.cloudwindow.server.call;

import java.io.IOException;
import java.io.InputStream;
import org.cloudwindow.server.web.ApiException;
import org.springframework.util.unit.DataSize;

/** Reading an upload body into memory without letting a client make it larger than allowed. */
final class Uploads {

  private Uploads() {}

  static byte[] readAtMost(InputStream body, DataSize limit) throws IOException {
    long max = limit.toBytes();
    byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
    if (bytes.length > max) {
      throw new ApiException(CallProblem.TOO_LARGE, limit.toMegabytes());
    }
    return bytes;
  }
}
