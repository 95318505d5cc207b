package org.cloudwindow.server.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Fills an empty catalogue from {@code catalog/matters.json} in every profile: matters are
 * reference data, like departments, and a deployment without any could take no ticket. The seed
 * goes through the admin import's reader and rules, so it cannot hold what an import would refuse.
 * A catalogue that already has matters is left alone, admins own it from then on, and only its
 * search index is built before the server takes requests.
 */
@Component
class CatalogSeed implements SmartInitializingSingleton {

  static final String RESOURCE = "catalog/matters.json";
  private static final Logger log = LoggerFactory.getLogger(CatalogSeed.class);

  private final CatalogService catalog;

  CatalogSeed(CatalogService catalog) {
    this.catalog = catalog;
  }

  @Override
  public void afterSingletonsInstantiated() {
    if (!catalog.isEmpty()) {
      catalog.warmUp();
      return;
    }
    ImportResult result;
    try {
      result = catalog.importCatalog(read());
    } catch (CatalogImportException e) {
      throw new IllegalStateException("The bundled matter catalogue " + RESOURCE + " is invalid: " + e.getMessage(), e);
    }
    log.info("Matter catalogue seeded with {} matters from {}", result.created(), RESOURCE);
  }

  static byte[] read() {
    try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE, e);
    }
  }
}
