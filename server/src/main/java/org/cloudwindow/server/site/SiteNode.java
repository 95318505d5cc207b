package org.cloudwindow.server.site;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A site with its visible children, as {@code GET /api/sites} returns the tier tree. */
public record SiteNode(long id, String code, String name, SiteTier tier, @Nullable Long parentId,
    boolean enabled, List<SiteNode> children) {}
