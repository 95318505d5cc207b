package org.cloudwindow.server.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cloudwindow.server.CloudWindowApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the real application the way the run command does, with test-chosen properties. */
public final class Launcher {

  private Launcher() {}

  /**
   * Starts on a free HTTP port unless the arguments name one; arguments are {@code --name=value}
   * command-line properties.
   */
  public static ConfigurableApplicationContext start(String profile, String... arguments) {
    List<String> all = new ArrayList<>(List.of("--spring.main.banner-mode=off"));
    if (Arrays.stream(arguments).noneMatch(a -> a.startsWith("--server.port="))) {
      all.add("--server.port=0");
    }
    all.addAll(List.of(arguments));
    return new SpringApplicationBuilder(CloudWindowApplication.class)
        .profiles(profile)
        .run(all.toArray(String[]::new));
  }
}
