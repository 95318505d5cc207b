package org.cloudwindow.server.catalog;

/** A choice of a {@link FieldType#SELECT} field: the value is stored, the labels are shown. */
public record SelectOption(String value, String label, String labelEn) {}
