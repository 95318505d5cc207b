package org.cloudwindow.server.material;

import org.cloudwindow.server.web.ApiException;

/**
 * File names from clients are shown and offered as download names, never used as paths or keys:
 * they are still refused when they could mislead (path parts, control or bidi characters that
 * make {@code exe.jpg} read backwards) or are unreasonably long.
 */
final class FileNames {

  static final int MAX_CODE_POINTS = 120;

  private FileNames() {}

  static String checked(String name) {
    String trimmed = name.strip();
    if (trimmed.isEmpty() || trimmed.equals(".") || trimmed.equals("..")
        || trimmed.codePointCount(0, trimmed.length()) > MAX_CODE_POINTS
        || trimmed.codePoints().anyMatch(FileNames::forbidden)) {
      throw new ApiException(MaterialProblem.BAD_NAME, MAX_CODE_POINTS);
    }
    return trimmed;
  }

  /** {@code 身份证.heic} with extension {@code jpg} is {@code 身份证.jpg}. */
  static String withExtension(String name, String extension) {
    int dot = name.lastIndexOf('.');
    String base = dot > 0 ? name.substring(0, dot) : name;
    return base + "." + extension;
  }

  private static boolean forbidden(int c) {
    return c == '/' || c == '\\' || c == ':' || c == '"' || c == '<' || c == '>' || c == '|' || c == '*'
        || c == '?' || Character.isISOControl(c) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
        || c == 0x200E || c == 0x200F || c == 0xFEFF || Character.getType(c) == Character.SURROGATE
        || Character.getType(c) == Character.PRIVATE_USE || Character.getType(c) == Character.UNASSIGNED;
  }
}
