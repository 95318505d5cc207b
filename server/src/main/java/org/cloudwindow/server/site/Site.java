package org.cloudwindow.server.site;

import org.jspecify.annotations.Nullable;

/**
 * A node of the tier tree.
 *
 * @param path the ids from the root down to this site, as {@code /1/4/9/}: a descendant's path
 *     starts with its ancestor's, which makes "is this site under that one" one string test
 */
public record Site(long id, String code, String name, SiteTier tier, @Nullable Long parentId,
    String path, boolean enabled) {

  public boolean isSameOrAncestorOf(Site other) {
    return other.path.startsWith(path);
  }
}
