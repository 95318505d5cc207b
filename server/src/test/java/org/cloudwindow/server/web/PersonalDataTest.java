package org.cloudwindow.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataTest {

  @Test
  void masksPhonesAndIdNumbersKeepingTheEnds() {
    assertThat(PersonalData.maskPhone("13812341234")).isEqualTo("138****1234");
    assertThat(PersonalData.maskIdNumber("330203194001011234")).isEqualTo("330***********1234");
    assertThat(PersonalData.maskPhone(null)).isNull();
    assertThat(PersonalData.maskPhone("12345")).isEqualTo("***45");
  }

  @Test
  void recognisesItsOwnMasks() {
    assertThat(PersonalData.isMasked(PersonalData.maskPhone("13812341234"))).isTrue();
    assertThat(PersonalData.isMasked("13812341234")).isFalse();
  }
}
