package org.cloudwindow.server.consult;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.cloudwindow.server.web.ProblemType;
import org.junit.jupiter.api.Test;

/** Every consultation problem, and the validation codes it adds, has its text in both languages. */
class ConsultProblemMessagesTest {

  @Test
  void everyConsultProblemIsTranslated() throws Exception {
    List<ProblemType> problems = new ArrayList<>();
    for (var field : ConsultProblem.class.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.get(null) instanceof ProblemType problem) {
        problems.add(problem);
      }
    }
    assertThat(problems).hasSize(9);
    for (String bundle : new String[] {"/messages.properties", "/messages_zh_CN.properties"}) {
      Properties messages = new Properties();
      try (var in = getClass().getResourceAsStream(bundle)) {
        messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
      for (ProblemType problem : problems) {
        assertThat(messages).as(bundle).containsKeys("problem." + problem.code() + ".title",
            "problem." + problem.code() + ".detail");
      }
      assertThat(messages).as(bundle).containsKeys("validation.too-many", "validation.too-long",
          "validation.required", "validation.NotEmpty", "validation.out-of-scope", "validation.not-found");
    }
  }
}
