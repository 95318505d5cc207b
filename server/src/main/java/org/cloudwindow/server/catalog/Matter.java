package org.cloudwindow.server.catalog;

import java.util.List;

/**
 * A government service item (事项) of the catalogue. This is also one element of the catalogue's
 * export and import file.
 *
 * @param code the standard code, the same for the same matter everywhere (同一事项同一编码), in the
 *     form {@code 330203-MZ-0001}: area code, department letters, sequence number
 * @param aliases what residents call it ("给80岁以上老人领钱"), at least two
 * @param promisedDays working days from acceptance to conclusion (承诺时限)
 * @param remoteEligible false when the applicant must come in person (fingerprints, photo capture)
 * @param enabled false once the matter has left the catalogue: search no longer offers it, but
 *     cases that refer to it still find it
 */
public record Matter(String code, String name, List<String> aliases, String departmentCode,
    HandlingTier handlingTier, int promisedDays, boolean remoteEligible,
    List<MaterialRequirement> materials, List<FormField> formFields, boolean enabled) {

  public Matter {
    aliases = List.copyOf(aliases);
    materials = List.copyOf(materials);
    formFields = List.copyOf(formFields);
  }
}
