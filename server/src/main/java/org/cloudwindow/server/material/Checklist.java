package org.cloudwindow.server.material;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A case's required materials as the worker's tablet and the clerk's desk show them.
 *
 * @param slots one per distinct material code of the case's matters, in catalogue order
 */
public record Checklist(long caseId, List<Slot> slots) {

  /**
   * @param current the latest version (what the clerk checks), null while MISSING
   * @param history earlier versions, newest first (rejected ones with their reasons)
   */
  public record Slot(String code, String name, boolean mandatory, SlotState state, @Nullable Material current,
      List<Material> history) {}

  public record Material(long id, String slotCode, int version, MaterialState state, @Nullable String reason,
      List<Page> pages, long createdBy, Instant createdAt, @Nullable Long checkedBy, @Nullable Instant checkedAt) {}

  /**
   * One file of a material (a side of an ID card, a page of a register).
   *
   * @param contentUrl and {@code thumbnailUrl}: authorised downloads, never a storage URL
   * @param pageCount for PDFs; null for images
   */
  public record Page(long id, int position, String fileName, String contentType, long size, String sha256,
      @Nullable Integer width, @Nullable Integer height, @Nullable Integer pageCount, long uploadedBy,
      Instant uploadedAt, String contentUrl, String thumbnailUrl) {}
}
