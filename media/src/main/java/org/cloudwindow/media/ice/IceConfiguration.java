package org.cloudwindow.media.ice;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * ICE servers for a user: STUN as configured, and TURN with time-limited credentials minted from
 * a secret shared with the TURN server (the "TURN REST API" scheme that coturn's
 * {@code use-auth-secret} checks): username {@code <expiry unix seconds>:<user id>}, credential
 * Base64(HMAC-SHA1(secret, username)). Nothing is stored; coturn recomputes and checks the expiry.
 *
 * @param ttl how long minted credentials stay valid (1 h by default: longer than a call, short
 *     enough that a leaked credential soon expires)
 */
public record IceConfiguration(List<String> stunUrls, List<String> turnUrls, String turnSecret, Duration ttl) {

  public static final Duration DEFAULT_TTL = Duration.ofHours(1);

  public IceConfiguration {
    stunUrls = List.copyOf(stunUrls);
    turnUrls = List.copyOf(turnUrls);
    ttl = ttl == null ? DEFAULT_TTL : ttl;
    if (!turnUrls.isEmpty() && (turnSecret == null || turnSecret.isBlank())) {
      throw new IllegalArgumentException("TURN URLs need the shared secret configured in the TURN server");
    }
  }

  /** The servers for one user's browser, TURN credentials minted now. */
  public List<IceServer> serversFor(String userId, Clock clock) {
    List<IceServer> servers = new ArrayList<>();
    if (!stunUrls.isEmpty()) {
      servers.add(new IceServer(stunUrls, null, null));
    }
    if (!turnUrls.isEmpty()) {
      long expiry = clock.instant().plus(ttl).getEpochSecond();
      String username = expiry + ":" + userId;
      servers.add(new IceServer(turnUrls, username, credential(turnSecret, username)));
    }
    return servers;
  }

  /** Base64(HMAC-SHA1(secret, username)), as coturn computes it. */
  public static String credential(String secret, String username) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
      return Base64.getEncoder().encodeToString(mac.doFinal(username.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA1 is part of every Java runtime", e);
    }
  }
}
