package org.cloudwindow.server.account;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator of a production database, read from the environment
 * ({@code CLOUDWINDOW_BOOTSTRAP_ADMIN_USERNAME}, ...). Used only while no enabled admin exists;
 * no defaults, because a default admin password is a default secret.
 *
 * @param siteCode and {@code siteName}: the root district created when the database has no site
 */
@ConfigurationProperties("cloudwindow.bootstrap")
record BootstrapProperties(@Nullable String adminUsername, @Nullable String adminPassword,
    @Nullable String adminDisplayName, @Nullable String siteCode, @Nullable String siteName) {}
