package org.cloudwindow.server.catalog;

/**
 * What an import changed.
 *
 * @param matters matters in the file
 * @param disabled enabled matters that were absent from the file and are now disabled
 */
public record ImportResult(int matters, int created, int updated, int unchanged, int disabled) {}
