/**
 * The tier tree of service sites (district > township > community), the departments, and the
 * online service windows. Public surface: {@link org.cloudwindow.server.site.SiteService} and its
 * records.
 */
@org.jspecify.annotations.NullMarked
package org.cloudwindow.server.site;
