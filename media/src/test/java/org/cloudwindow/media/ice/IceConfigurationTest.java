package org.cloudwindow.media.ice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class IceConfigurationTest {

  /** Vectors computed with {@code printf '%s' USER | openssl dgst -sha1 -hmac SECRET -binary | base64}. */
  @Test
  void credentialsMatchWhatCoturnComputes() {
    assertThat(IceConfiguration.credential("s3cr3t-for-tests", "1700000000:clerk-42"))
        .isEqualTo("sml1r2nGqQZj1cN+Ts6SgfF9f2w=");
    assertThat(IceConfiguration.credential("another secret", "1893456000:user:7"))
        .isEqualTo("cY4knYiA4dJYEtaSKwvsuDFaWRk=");
  }

  @Test
  void mintsTurnCredentialsThatExpireAfterTheTtl() {
    var config = new IceConfiguration(List.of("stun:stun.example.org:3478"),
        List.of("turn:turn.example.org:3478?transport=udp", "turns:turn.example.org:5349"), "s3cr3t-for-tests",
        Duration.ofMinutes(30));
    Clock clock = Clock.fixed(Instant.ofEpochSecond(1_700_000_000L - 1800), ZoneOffset.UTC);

    List<IceServer> servers = config.serversFor("clerk-42", clock);

    assertThat(servers).hasSize(2);
    assertThat(servers.get(0).urls()).containsExactly("stun:stun.example.org:3478");
    assertThat(servers.get(0).username()).isNull();
    assertThat(servers.get(1).username()).isEqualTo("1700000000:clerk-42");
    assertThat(servers.get(1).credential()).isEqualTo("sml1r2nGqQZj1cN+Ts6SgfF9f2w=");
  }

  @Test
  void defaultsToOneHourAndRefusesTurnWithoutASecret() {
    var config = new IceConfiguration(List.of(), List.of("turn:t:3478"), "x", null);
    assertThat(config.ttl()).isEqualTo(Duration.ofHours(1));
    assertThat(new IceConfiguration(List.of(), List.of(), null, null).serversFor("u", Clock.systemUTC())).isEmpty();
    assertThatThrownBy(() -> new IceConfiguration(List.of(), List.of("turn:t:3478"), " ", null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
