package org.cloudwindow.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every server message exists in Chinese and English, and neither has an empty text. */
class I18nPropertiesSyncTest {

  @Test
  void chineseAndEnglishMessagesHaveTheSameKeys() throws IOException {
    Properties english = load("/messages.properties");
    Properties chinese = load("/messages_zh_CN.properties");
    assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
    assertThat(english.stringPropertyNames()).isNotEmpty();
    english.forEach((key, value) -> assertThat((String) value).as("en %s", key).isNotBlank());
    chinese.forEach((key, value) -> assertThat((String) value).as("zh %s", key).isNotBlank());
  }

  @Test
  void everyProblemCodeHasATitleAndDetail() throws IOException {
    Properties english = load("/messages.properties");
    for (var code : org.cloudwindow.server.web.ProblemCode.values()) {
      assertThat(english).containsKeys("problem." + code.code() + ".title", "problem." + code.code() + ".detail");
    }
  }

  private static Properties load(String resource) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = I18nPropertiesSyncTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
