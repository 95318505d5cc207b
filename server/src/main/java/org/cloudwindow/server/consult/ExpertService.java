package org.cloudwindow.server.consult;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cloudwindow.server.account.AccountService;
import org.cloudwindow.server.account.UserAccount;
import org.cloudwindow.server.call.CallEnded;
import org.cloudwindow.server.call.CallJoined;
import org.cloudwindow.server.call.CallLeft;
import org.cloudwindow.server.identity.CurrentUser;
import org.cloudwindow.server.identity.Role;
import org.cloudwindow.server.site.SiteService;
import org.cloudwindow.server.web.ApiException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The expert pool: users with the EXPERT role, their expertise tags (set by admins) and their
 * availability (set by the experts, BUSY while they are in a call and back to their choice when
 * they leave it or it ends). Each change of what an expert shows is published as an
 * {@link ExpertAvailabilityChanged}, so coordinators see it live.
 */
@Service
@Transactional
public class ExpertService {

  static final int MAX_TAGS = 20;
  static final int MAX_TAG_LENGTH = 40;
  private static final Logger log = LoggerFactory.getLogger(ExpertService.class);

  private final ExpertRepository experts;
  private final AccountService accounts;
  private final SiteService sites;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ExpertService(ExpertRepository experts, AccountService accounts, SiteService sites, ApplicationEventPublisher events,
      Clock clock) {
    this.experts = experts;
    this.accounts = accounts;
    this.sites = sites;
    this.events = events;
    this.clock = clock;
  }

  /** The signed-in expert's own entry. */
  @Transactional(readOnly = true)
  public Expert me(CurrentUser user) {
    requireExpert(user);
    return get(user.id());
  }

  public Expert setAvailability(CurrentUser user, @Nullable Availability availability) {
    requireExpert(user);
    if (availability == null) {
      throw ApiException.invalidField("availability", "required", "AVAILABLE, BUSY or OFFLINE");
    }
    Availability before = shown(user.id());
    experts.choose(user.id(), availability, clock.instant());
    changedFrom(user.id(), before);
    log.info("Expert {} set availability {}", user.username(), availability);
    return get(user.id());
  }

  /** An expert by user id; not found for users without the EXPERT role. */
  @Transactional(readOnly = true)
  public Expert get(long userId) {
    UserAccount account = accounts.get(userId);
    if (!account.roles().contains(Role.EXPERT)) {
      throw ApiException.notFound("expert " + userId);
    }
    return expert(account, experts.tags(List.of(userId)).getOrDefault(userId, List.of()),
        experts.profile(userId).orElse(null));
  }

  /** Every expert of the deployment, disabled ones too (ranking leaves them out). */
  @Transactional(readOnly = true)
  public List<Expert> pool() {
    List<UserAccount> all = accounts.withRole(Role.EXPERT);
    Map<Long, List<String>> tags = experts.tags(all.stream().map(UserAccount::id).toList());
    Map<Long, ExpertRepository.Profile> profiles = experts.profiles();
    return all.stream().map(a -> expert(a, tags.getOrDefault(a.id(), List.of()), profiles.get(a.id()))).toList();
  }

  /** The experts an admin manages: those whose home site is in the admin's subtree. */
  @Transactional(readOnly = true)
  public List<Expert> managedBy(CurrentUser admin) {
    return pool().stream().filter(e -> sites.mayActOn(admin, e.siteId())).toList();
  }

  /** An admin replaces an expert's tags (blank-stripped, duplicates dropped, order kept). */
  public Expert setTags(CurrentUser admin, long userId, @Nullable List<String> tags) {
    Expert expert = get(userId);
    sites.requireActOn(admin, expert.siteId());
    experts.replaceTags(userId, cleanTags(tags == null ? List.of() : tags));
    log.info("Admin {} set the tags of expert {}", admin.username(), userId);
    return get(userId);
  }

  /** Tags and availability without an access check, for demo data and imports. */
  public Expert setUp(long userId, List<String> tags, Availability availability) {
    get(userId);
    experts.replaceTags(userId, cleanTags(tags));
    experts.choose(userId, availability, clock.instant());
    return get(userId);
  }

  @EventListener
  void on(CallJoined joined) {
    if ("EXPERT".equals(joined.role())) {
      Availability before = shown(joined.userId());
      experts.busyIn(joined.userId(), joined.callId(), clock.instant());
      changedFrom(joined.userId(), before);
    }
  }

  @EventListener
  void on(CallLeft left) {
    if (experts.freeFrom(left.userId(), left.callId(), clock.instant())) {
      changedFrom(left.userId(), Availability.BUSY);
    }
  }

  @EventListener
  void on(CallEnded ended) {
    for (long userId : experts.busyIn(ended.callId())) {
      if (experts.freeFrom(userId, ended.callId(), clock.instant())) {
        changedFrom(userId, Availability.BUSY);
      }
    }
  }

  private Availability shown(long userId) {
    return experts.profile(userId).map(ExpertRepository.Profile::availability).orElse(Availability.OFFLINE);
  }

  /** Tells the consultation side when what the expert shows is no longer what it was. */
  private void changedFrom(long userId, Availability before) {
    Availability now = shown(userId);
    if (now != before) {
      events.publishEvent(new ExpertAvailabilityChanged(userId, now));
    }
  }

  static List<String> cleanTags(List<String> tags) {
    Map<String, String> kept = new LinkedHashMap<>();
    for (int i = 0; i < tags.size(); i++) {
      String tag = tags.get(i) == null ? "" : tags.get(i).strip();
      if (tag.isEmpty()) {
        throw ApiException.invalidField("tags[" + i + "]", "required", "a tag may not be blank");
      }
      if (tag.length() > MAX_TAG_LENGTH) {
        throw ApiException.invalidField("tags[" + i + "]", "too-long", "at most " + MAX_TAG_LENGTH + " characters");
      }
      kept.putIfAbsent(ExpertRanking.normal(tag), tag);
    }
    if (kept.size() > MAX_TAGS) {
      throw ApiException.invalidField("tags", "too-many", "at most " + MAX_TAGS + " tags");
    }
    return List.copyOf(kept.values());
  }

  private static void requireExpert(CurrentUser user) {
    if (!user.has(Role.EXPERT)) {
      throw ApiException.forbidden();
    }
  }

  private static Expert expert(UserAccount account, List<String> tags, ExpertRepository.@Nullable Profile profile) {
    Availability chosen = profile == null ? Availability.OFFLINE : profile.chosen();
    Availability shown = profile == null ? Availability.OFFLINE : profile.availability();
    return new Expert(account.id(), account.displayName(), account.siteId(), account.siteName(), tags, shown, chosen,
        account.enabled());
  }
}
