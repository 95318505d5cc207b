package org.cloudwindow.server.site;

import org.jspecify.annotations.Nullable;

/**
 * An online service window: a site plus a department, or a comprehensive window (综合窗口) that
 * takes matters of any department and has no department of its own.
 */
public record Window(long id, String name, long siteId, String siteName,
    @Nullable String departmentCode, @Nullable String departmentName,
    @Nullable String departmentNameEn, boolean comprehensive, boolean enabled) {}
