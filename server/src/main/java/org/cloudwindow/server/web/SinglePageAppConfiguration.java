package org.cloudwindow.server.web;

import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Serves the web client from {@code classpath:/static/}. Routes of the client's history-mode
 * router ({@code /worker}, {@code /admin/users}) get {@code index.html}; the API, actuator and
 * documentation paths never do, so an unknown {@code /api/...} stays a 404 problem.
 */
@Configuration(proxyBeanMethods = false)
class SinglePageAppConfiguration implements WebMvcConfigurer {

  private static final List<String> SERVER_PREFIXES =
      List.of("api/", "actuator/", "v3/", "swagger-ui/", "ws/", "error");
  private static final Resource INDEX = new ClassPathResource("static/index.html");

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    // Vite puts a content hash in every asset name, so assets may be cached for good.
    registry.addResourceHandler("/assets/**")
        .addResourceLocations("classpath:/static/assets/")
        .setCacheControl(CacheControl.maxAge(java.time.Duration.ofDays(365)).cachePublic());
    registry.addResourceHandler("/**")
        .addResourceLocations("classpath:/static/")
        .setCacheControl(CacheControl.noCache())
        .resourceChain(true)
        .addResolver(new SpaResolver());
  }

  private static final class SpaResolver extends PathResourceResolver {
    @Override
    protected @Nullable Resource getResource(String path, Resource location) throws IOException {
      Resource resource = location.createRelative(path);
      if (resource.exists() && resource.isReadable()) {
        return resource;
      }
      boolean serverPath = SERVER_PREFIXES.stream().anyMatch(path::startsWith);
      boolean looksLikeFile = path.substring(path.lastIndexOf('/') + 1).contains(".");
      return serverPath || looksLikeFile || !INDEX.exists() ? null : INDEX;
    }
  }
}
