package org.cloudwindow.server.site;

/** A government department (民政, 人社, ...); the code is stable, the names are for people. */
public record Department(String code, String name, String nameEn) {}
