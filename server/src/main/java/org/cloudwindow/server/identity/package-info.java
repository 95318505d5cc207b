/**
 * Who is calling: the signed-in user as every feature sees it. Kept apart from {@code account}
 * (which signs users in and manages them) so that features below {@code account}, such as
 * {@code site}, can know the caller without a dependency cycle.
 */
@org.jspecify.annotations.NullMarked
package org.cloudwindow.server.identity;
