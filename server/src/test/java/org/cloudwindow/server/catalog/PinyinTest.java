package org.cloudwindow.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PinyinTest {

  @Test
  void readsTheInitialsOfEachCharacterAndKeepsLettersAndDigits() {
    assertThat(Pinyin.initials("高龄津贴申领")).containsExactly("g", "l", "j", "t", "s", "l");
    assertThat(Pinyin.initials("给80岁,老人")).containsExactly("jg", "8", "0", "s", "l", "r");
  }

  @Test
  void aPolyphonicCharacterMatchesAnyOfItsReadings() {
    String[] longevity = Pinyin.initials("长寿");
    assertThat(longevity[0]).contains("c", "z");
    assertThat(Pinyin.indexOf(longevity, "cs")).isZero();
    assertThat(Pinyin.indexOf(longevity, "zs")).isZero();
    assertThat(Pinyin.indexOf(Pinyin.initials("给老人"), "glr")).isZero();
    assertThat(Pinyin.indexOf(Pinyin.initials("居民身份证"), "sfz")).isEqualTo(2);
    assertThat(Pinyin.indexOf(Pinyin.initials("居民身份证"), "sfzz")).isEqualTo(-1);
  }

  @Test
  void onlyAsciiLettersAndDigitsCanBeInitials() {
    assertThat(Pinyin.isInitialsQuery("gljt")).isTrue();
    assertThat(Pinyin.isInitialsQuery("3302")).isFalse();
    assertThat(Pinyin.isInitialsQuery("330203-mz")).isFalse();
    assertThat(Pinyin.isInitialsQuery("高龄")).isFalse();
  }
}
