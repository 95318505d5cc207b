package org.cloudwindow.server.site;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Sites and windows change a few times a year but are read on every ticket, so lookups are kept
 * in memory. Writes on this node clear everything at once; a write on another node is seen here
 * after at most {@link #TIME_TO_LIVE}.
 */
@Component
class SiteCache {

  static final Duration TIME_TO_LIVE = Duration.ofSeconds(30);

  private final Map<Object, Entry> entries = new ConcurrentHashMap<>();
  private final Clock clock;

  SiteCache(Clock clock) {
    this.clock = clock;
  }

  @SuppressWarnings("unchecked")
  <T> T get(Object key, Supplier<T> load) {
    Instant now = clock.instant();
    Entry entry = entries.get(key);
    if (entry == null || entry.expires().isBefore(now)) {
      entry = new Entry(load.get(), now.plus(TIME_TO_LIVE));
      entries.put(key, entry);
    }
    return (T) entry.value();
  }

  void clear() {
    entries.clear();
  }

  private record Entry(Object value, Instant expires) {}

  record Key(String kind, long id) {}
}
