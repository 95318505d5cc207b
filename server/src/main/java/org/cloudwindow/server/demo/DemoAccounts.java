package org.cloudwindow.server.demo;

import java.util.List;

/** The demo accounts of CONTRACT.md, all with the same password. */
final class DemoAccounts {

  static final String PASSWORD = "Demo@2026";

  static final List<String> USERNAMES = List.of(
      "admin", "coordinator", "coordinator-gaoqiao", "clerk-district", "clerk-gaoqiao", "clerk-gulin",
      "clerk-shiqi", "worker-liangzhu", "worker-gaoqiao", "worker-gulin", "worker-shiqi",
      "expert-civil", "expert-business", "expert-social", "expert-gaoqiao");

  private DemoAccounts() {}
}
