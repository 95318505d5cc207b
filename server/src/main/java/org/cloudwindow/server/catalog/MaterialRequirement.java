package org.cloudwindow.server.catalog;

/**
 * A material slot of a matter that a case fills with an upload.
 *
 * @param code stable within the matter and shared across matters for the same document
 *     ({@code ID_CARD}, {@code HOUSEHOLD_REGISTER}, ...), so a material can be reused between them
 * @param mandatory false for materials needed only in some situations (e.g. a power of attorney
 *     when an agent applies)
 */
public record MaterialRequirement(String code, String name, boolean mandatory) {}
