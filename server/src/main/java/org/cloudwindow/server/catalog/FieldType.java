package org.cloudwindow.server.catalog;

/** The kind of value a form field holds, which decides its input control and its check. */
public enum FieldType {
  TEXT,
  NUMBER,
  /** An ISO date, {@code 2026-11-21}. */
  DATE,
  /** One of the field's options, by value. */
  SELECT,
  /** A resident ID number per GB 11643, see {@link ChineseIdNumber}. */
  ID_NUMBER,
  /** A mainland mobile number, 11 digits starting with 1. */
  PHONE
}
