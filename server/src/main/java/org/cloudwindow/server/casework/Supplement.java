package org.cloudwindow.server.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the applicant must supply, listed all at once (art. 32), with the deadline.
 *
 * @param note what the clerk added in their own words, if anything
 */
public record Supplement(List<Item> items, Instant requestedAt, LocalDate deadline, @Nullable String note) {

  public Supplement {
    items = List.copyOf(items);
  }

  /**
   * @param kind MATERIAL or FIELD
   * @param code the material's slot code or the field's name
   * @param reason why, in the words the notice prints
   */
  public record Item(String kind, String code, String name, String reason) {}
}
