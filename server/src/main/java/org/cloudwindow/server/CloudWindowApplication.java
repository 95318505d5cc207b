package org.cloudwindow.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * CloudWindow (云窗): remote video help-desk for government service centres.
 * Each direct sub-package is a feature module; {@code ModularityTests} keeps their boundaries.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CloudWindowApplication {

  public static void main(String[] args) {
    SpringApplication.run(CloudWindowApplication.class, args);
  }
}
