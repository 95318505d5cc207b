package org.cloudwindow.server.casework;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.cloudwindow.server.catalog.FieldType;
import org.cloudwindow.server.catalog.FormField;

/**
 * A field of the case's merged form: the catalogue's field, flattened on the wire, and whether
 * its value is personal data that lists, boards and the timeline mask.
 */
public record CaseField(@JsonUnwrapped FormField field, boolean sensitive) {

  static CaseField of(FormField field) {
    return new CaseField(field, field.type() == FieldType.ID_NUMBER || field.type() == FieldType.PHONE);
  }
}
