package org.cloudwindow.server.catalog;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Any signed-in user searches the catalogue and reads a matter; the tablet's matter picker. */
@RestController
@RequestMapping("/api/matters")
class MatterController {

  private final CatalogService catalog;

  MatterController(CatalogService catalog) {
    this.catalog = catalog;
  }

  @GetMapping
  List<MatterSummary> search(@RequestParam(defaultValue = "") String q,
      @RequestParam(defaultValue = "" + CatalogService.DEFAULT_LIMIT) int limit) {
    return catalog.search(q, limit);
  }

  @GetMapping("/{code}")
  Matter get(@PathVariable String code) {
    return catalog.get(code);
  }
}
