package org.cloudwindow.server.notice;

import java.util.List;
import java.util.Objects;

/** A matter (事项) a notice is about: its standard code and name. */
public record NoticeMatter(String code, String name) {

  public NoticeMatter {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
  }

  static List<NoticeMatter> required(List<NoticeMatter> matters) {
    if (matters.isEmpty()) {
      throw new IllegalArgumentException("a notice is about at least one matter");
    }
    return List.copyOf(matters);
  }
}
