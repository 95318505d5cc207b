package org.cloudwindow.server.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.cloudwindow.server.web.ProblemType;
import org.junit.jupiter.api.Test;

/** Every case problem has a title and detail in both languages. */
class CaseProblemMessagesTest {

  @Test
  void everyCaseProblemIsTranslated() throws Exception {
    for (String bundle : new String[] {"/messages.properties", "/messages_zh_CN.properties"}) {
      Properties messages = new Properties();
      try (var in = getClass().getResourceAsStream(bundle)) {
        messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
      for (ProblemType problem : CaseProblem.ALL) {
        assertThat(messages).as(bundle).containsKeys("problem." + problem.code() + ".title",
            "problem." + problem.code() + ".detail");
      }
    }
  }
}
