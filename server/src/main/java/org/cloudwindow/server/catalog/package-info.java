/**
 * The matter catalogue (事项目录): every government service item with its standard code,
 * plain-language aliases, department, handling tier, required materials and form schema; search
 * over it for the worker's tablet; admin export and import; and validation of form values.
 * Public surface: {@link org.cloudwindow.server.catalog.CatalogService}, its records, and
 * {@link org.cloudwindow.server.catalog.ChineseIdNumber}.
 */
@org.jspecify.annotations.NullMarked
package org.cloudwindow.server.catalog;
