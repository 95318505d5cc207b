package org.cloudwindow.server.support;

import java.util.ArrayList;
import java.util.List;
import org.cloudwindow.server.CloudWindowApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the real application the way the run command does, with test-chosen properties. */
public final class Launcher {

  private Launcher() {}

  /** Starts on a free HTTP port; arguments are {@code --name=value} command-line properties. */
  public static ConfigurableApplicationContext start(String profile, String... arguments) {
    List<String> all = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off"));
    all.addAll(List.of(arguments));
    return new SpringApplicationBuilder(CloudWindowApplication.class)
        .profiles(profile)
        .run(all.toArray(String[]::new));
  }
}
