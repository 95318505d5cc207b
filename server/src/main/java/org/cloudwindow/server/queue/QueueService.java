package org.cloudwindow.server.queue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cloudwindow.server.catalog.CatalogService;
import org.cloudwindow.server.catalog.ChineseIdNumber;
import org.cloudwindow.server.catalog.Matter;
import org.cloudwindow.server.identity.CurrentUser;
import org.cloudwindow.server.identity.Role;
import org.cloudwindow.server.site.SiteService;
import org.cloudwindow.server.site.Window;
import org.cloudwindow.server.web.ApiException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Taking numbers, calling them, and everything in between. Every state change is stored as a
 * ticket event with who, when and why, and published as {@link TicketChanged}.
 */
@Service
@Transactional
public class QueueService {

  private static final Logger log = LoggerFactory.getLogger(QueueService.class);

  private final TicketRepository tickets;
  private final DutyRepository duty;
  private final FiguresRepository figures;
  private final TicketViews views;
  private final Routing routing;
  private final CatalogService catalog;
  private final SiteService sites;
  private final TicketAccess access;
  private final ApplicationEventPublisher events;
  private final QueueProperties properties;
  private final Clock clock;

  QueueService(TicketRepository tickets, DutyRepository duty, FiguresRepository figures, TicketViews views, Routing routing,
      CatalogService catalog, SiteService sites, TicketAccess access, ApplicationEventPublisher events,
      QueueProperties properties, Clock clock) {
    this.tickets = tickets;
    this.duty = duty;
    this.figures = figures;
    this.views = views;
    this.routing = routing;
    this.catalog = catalog;
    this.sites = sites;
    this.access = access;
    this.events = events;
    this.properties = properties;
    this.clock = clock;
  }

  /** A community worker takes a number for an applicant. */
  public Ticket take(CurrentUser worker, NewTicket request) {
    if (!worker.has(Role.COMMUNITY_WORKER)) {
      throw ApiException.forbidden();
    }
    if (!ChineseIdNumber.isValid(request.applicant().idNumber())) {
      throw ApiException.invalidField("applicant.idNumber", "id-checksum", "not a valid ID number");
    }
    Matter matter = catalog.find(request.matterCode()).filter(Matter::enabled)
        .orElseThrow(() -> ApiException.invalidField("matterCode", "not-found", "no such matter"));
    if (!matter.remoteEligible()) {
      throw new ApiException(QueueProblem.NOT_REMOTE);
    }
    Window window = request.windowId() == null
        ? routing.route(matter, worker.siteId())
        : routing.chosen(matter, worker.siteId(), request.windowId());
    Instant now = clock.instant();
    requireOpen(window, now);
    if (tickets.applicantHasActive(request.applicant().idNumber(), matter.code())) {
      throw new ApiException(QueueProblem.DUPLICATE_TICKET);
    }
    LocalDate day = now.atZone(OpeningHours.ZONE).toLocalDate();
    String number = TicketNumbers.format(window, tickets.nextNumber(window.id(), day));
    long id = tickets.insert(number, window.id(), matter.code(), matter.name(), request.applicant(),
        request.priority(), worker.id(), worker.siteId(), now, day);
    tickets.event(id, now, worker.id(), "TAKEN", null, TicketState.WAITING, window.id(), null);
    events.publishEvent(new TicketChanged(id, window.id(), null, TicketChanged.Change.TAKEN, worker.id()));
    log.info("Ticket {} taken at window {} for matter {}", number, window.id(), matter.code());
    return views.of(row(id));
  }

  @Transactional(readOnly = true)
  public Ticket get(CurrentUser user, long id) {
    TicketRow row = row(id);
    access.requireView(user, row);
    Ticket ticket = views.of(row);
    return access.seesApplicant(user, row) ? ticket : ticket.masked();
  }

  /** The worker's active tickets, for a tablet that reloads. */
  @Transactional(readOnly = true)
  public List<Ticket> activeOf(CurrentUser worker) {
    return tickets.activeOfWorker(worker.id()).stream().map(views::of).toList();
  }

  /** The worker withdraws a ticket not yet being served. */
  public Ticket withdraw(CurrentUser worker, long id) {
    TicketRow row = locked(id);
    if (row.workerId() != worker.id()) {
      throw ApiException.forbidden();
    }
    requireState(row, TicketState.WAITING, TicketState.CALLED);
    return change(row, end(row, TicketState.WITHDRAWN), worker.id(), TicketChanged.Change.WITHDRAWN, null);
  }

  /** The worker's tablet joined the call: the ticket is being served. */
  public Ticket answer(CurrentUser worker, long id) {
    TicketRow row = locked(id);
    if (row.workerId() != worker.id()) {
      throw ApiException.forbidden();
    }
    requireState(row, TicketState.CALLED);
    TicketRow serving = new TicketRow(row.id(), row.number(), row.windowId(), row.matterCode(), row.matterName(),
        row.applicant(), row.priority(), row.workerId(), row.workerSiteId(), TicketState.SERVING, false,
        row.takenAt(), row.calledAt(), clock.instant(), null, row.recalls(), row.clerkId(), row.callId(),
        row.serviceDay());
    return change(row, serving, worker.id(), TicketChanged.Change.ANSWERED, null);
  }

  /** The clerk is done with the ticket they hold. */
  public Ticket complete(CurrentUser clerk, long id) {
    TicketRow row = locked(id);
    if (row.clerkId() == null || row.clerkId() != clerk.id()) {
      throw ApiException.forbidden();
    }
    requireState(row, TicketState.CALLED, TicketState.SERVING);
    return change(row, end(row, TicketState.DONE), clerk.id(), TicketChanged.Change.COMPLETED, null);
  }

  /**
   * Moves a ticket to another window or tier, keeping its take time so it keeps its place in the
   * order. The clerk holding it, a clerk on duty at its window, or a coordinator above it may.
   */
  public Ticket transfer(CurrentUser user, long id, Transfer transfer) {
    TicketRow row = locked(id);
    access.requireTransfer(user, row);
    requireState(row, TicketState.WAITING, TicketState.CALLED, TicketState.SERVING);
    if (transfer.windowId() == row.windowId()) {
      throw ApiException.invalidField("windowId", "same-window", "the ticket is already at that window");
    }
    Window target = sites.getWindow(transfer.windowId());
    Matter matter = catalog.get(row.matterCode());
    Routing.requireHandles(target, matter);
    if (!target.enabled()) {
      throw new ApiException(QueueProblem.WINDOW_CLOSED, openingHours(target.id()).spec());
    }
    TicketRow moved = new TicketRow(row.id(), row.number(), target.id(), row.matterCode(), row.matterName(),
        row.applicant(), row.priority(), row.workerId(), row.workerSiteId(), TicketState.WAITING, false,
        row.takenAt(), null, null, null, row.recalls(), null, null, row.serviceDay());
    return change(row, moved, user.id(), TicketChanged.Change.TRANSFERRED, transfer.reason());
  }

  /** A clerk calls the next ticket among all windows they are on duty at. */
  public Called callNext(CurrentUser clerk, long windowId) {
    requireOnDuty(clerk, windowId);
    requireFree(clerk);
    List<Long> windows = duty.dutyWindows(clerk.id());
    TicketRow next = tickets.claimNext(windows).orElseThrow(() -> new ApiException(QueueProblem.QUEUE_EMPTY));
    return called(clerk, next);
  }

  /** A clerk calls one particular waiting ticket (e.g. an applicant who has come back). */
  public Called call(CurrentUser clerk, long ticketId) {
    TicketRow row = locked(ticketId);
    requireOnDuty(clerk, row.windowId());
    requireFree(clerk);
    requireState(row, TicketState.WAITING);
    return called(clerk, row);
  }

  /** The windows a clerk may serve, where they are on duty, and the ticket they hold. */
  @Transactional(readOnly = true)
  public DutyStatus dutyOf(CurrentUser clerk) {
    List<Long> onDuty = duty.dutyWindows(clerk.id());
    // Tidal duty may be at a window the clerk is not assigned to: show it too while it lasts.
    java.util.Set<Long> shown = new java.util.LinkedHashSet<>(duty.entitledWindows(clerk.id()));
    shown.addAll(onDuty);
    List<DutyStatus.DutyWindow> windows = shown.stream()
        .map(sites::getWindow)
        .map(w -> new DutyStatus.DutyWindow(w.id(), w.name(), w.siteName(), onDuty.contains(w.id()),
            views.queue(w.id()).size(), openingHours(w.id()).spec(), openingHours(w.id()).isOpen(clock.instant())))
        .toList();
    Ticket active = tickets.activeOfClerk(clerk.id()).map(views::of).orElse(null);
    return new DutyStatus(windows, active);
  }

  public DutyStatus goOnDuty(CurrentUser clerk, long windowId) {
    if (!duty.entitled(clerk.id(), windowId)) {
      throw new ApiException(QueueProblem.NOT_ENTITLED);
    }
    duty.goOnDuty(clerk.id(), windowId, clock.instant(), null, false);
    log.info("Clerk {} on duty at window {}", clerk.username(), windowId);
    events.publishEvent(new QueueMoved(windowId));
    return dutyOf(clerk);
  }

  public DutyStatus goOffDuty(CurrentUser clerk, long windowId) {
    if (duty.goOffDuty(clerk.id(), windowId)) {
      log.info("Clerk {} off duty at window {}", clerk.username(), windowId);
      events.publishEvent(new QueueMoved(windowId));
    }
    return dutyOf(clerk);
  }

  /** Queue figures of these windows, with the service level against the target wait. */
  @Transactional(readOnly = true)
  public List<WindowFigures> figures(java.util.Collection<Long> windowIds, java.time.Duration targetWait) {
    Instant now = clock.instant();
    return figures.figures(windowIds, now, now.atZone(OpeningHours.ZONE).toLocalDate(), targetWait.toSeconds());
  }

  /** Tickets waiting since before that instant, oldest first. */
  @Transactional(readOnly = true)
  public List<LongWait> waitingSince(Instant before) {
    return figures.waitingSince(before);
  }

  /** Is the clerk on duty somewhere or holding a ticket (for choosing tidal helpers)? */
  @Transactional(readOnly = true)
  public boolean busy(long clerkId) {
    return tickets.activeOfClerk(clerkId).isPresent();
  }

  /**
   * Tidal duty (潮汐窗口): a clerk helps at a busy window for a while, even one they are not
   * assigned to, and goes back by themselves when the time is up (see the queue's scans).
   */
  public void startTidalDuty(long clerkId, long windowId, java.time.Duration length) {
    Instant now = clock.instant();
    duty.goOnDuty(clerkId, windowId, now, now.plus(length), true);
    log.info("Tidal duty of user {} at window {} for {} min", clerkId, windowId, length.toMinutes());
    events.publishEvent(new QueueMoved(windowId));
  }

  /** The waiting tickets of a window, applicants masked, for clerks and coordinators. */
  @Transactional(readOnly = true)
  public WindowQueue queue(CurrentUser user, long windowId) {
    access.requireWindowQueue(user, windowId);
    return views.windowQueue(windowId, clock.instant());
  }

  /** Which windows a clerk may go on duty at (admin and demo data). */
  public void entitle(long clerkId, List<Long> windowIds) {
    duty.replaceEntitlements(clerkId, windowIds);
  }

  /**
   * The window a matter goes to from a point at the given tier, by the same routing as tickets:
   * the department's window there, or the comprehensive one (a two-level case's district review).
   */
  @Transactional(readOnly = true)
  public Window windowFor(String matterCode, long workerSiteId, org.cloudwindow.server.site.SiteTier tier) {
    return routing.route(catalog.get(matterCode), workerSiteId, tier);
  }

  /** Whether the user may serve at the window: entitled to it, or on (tidal) duty there now. */
  @Transactional(readOnly = true)
  public boolean servesWindow(long userId, long windowId) {
    return duty.entitled(userId, windowId) || duty.onDuty(userId, windowId);
  }

  @Transactional(readOnly = true)
  public List<Long> entitledWindows(long clerkId) {
    return duty.entitledWindows(clerkId);
  }

  public void setOpeningHours(long windowId, String spec) {
    try {
      OpeningHours.parse(spec);
    } catch (IllegalArgumentException e) {
      throw ApiException.invalidField("openingHours", "opening-hours", e.getMessage());
    }
    duty.setOpeningHours(windowId, spec.strip());
  }

  @Transactional(readOnly = true)
  public OpeningHours openingHours(long windowId) {
    return OpeningHours.parse(duty.openingHours(windowId).orElse(properties.defaultOpeningHours()));
  }

  @Transactional(readOnly = true)
  public List<TicketHistory> history(CurrentUser user, long id) {
    TicketRow row = row(id);
    access.requireView(user, row);
    return tickets.events(id).stream()
        .map(e -> new TicketHistory(e.at(), e.actorId(), e.kind(), e.fromState(), e.toState(), e.windowId(), e.reason()))
        .toList();
  }

  private Called called(CurrentUser clerk, TicketRow row) {
    Instant now = clock.instant();
    // Unguessable: the call id is what lets a browser into the call's signalling.
    String callId = UUID.randomUUID().toString();
    TicketRow calledRow = new TicketRow(row.id(), row.number(), row.windowId(), row.matterCode(), row.matterName(),
        row.applicant(), row.priority(), row.workerId(), row.workerSiteId(), TicketState.CALLED, false,
        row.takenAt(), now, null, null, row.recalls(), clerk.id(), callId, row.serviceDay());
    Ticket ticket = change(row, calledRow, clerk.id(), TicketChanged.Change.CALLED, null);
    events.publishEvent(new TicketCalled(row.id(), row.windowId(), callId, clerk.id(), row.workerId()));
    log.info("Ticket {} called by {} at window {}", row.number(), clerk.username(), row.windowId());
    return new Called(ticket, callId);
  }

  Ticket change(TicketRow before, TicketRow after, @Nullable Long actorId, TicketChanged.Change change,
      @Nullable String reason) {
    tickets.update(after);
    tickets.event(after.id(), clock.instant(), actorId, change.name(), before.state(), after.state(),
        after.windowId(), reason);
    Long previous = before.windowId() == after.windowId() ? null : before.windowId();
    events.publishEvent(new TicketChanged(after.id(), after.windowId(), previous, change, after.workerId()));
    return views.of(after);
  }

  TicketRow end(TicketRow row, TicketState state) {
    return new TicketRow(row.id(), row.number(), row.windowId(), row.matterCode(), row.matterName(),
        row.applicant(), row.priority(), row.workerId(), row.workerSiteId(), state, false, row.takenAt(),
        row.calledAt(), row.answeredAt(), clock.instant(), row.recalls(), row.clerkId(), row.callId(),
        row.serviceDay());
  }

  private void requireOpen(Window window, Instant now) {
    OpeningHours hours = openingHours(window.id());
    if (!window.enabled() || !hours.isOpen(now)) {
      throw new ApiException(QueueProblem.WINDOW_CLOSED, hours.spec());
    }
  }

  private void requireOnDuty(CurrentUser clerk, long windowId) {
    if (!duty.onDuty(clerk.id(), windowId)) {
      throw new ApiException(QueueProblem.NOT_ON_DUTY);
    }
  }

  private void requireFree(CurrentUser clerk) {
    if (tickets.activeOfClerk(clerk.id()).isPresent()) {
      throw new ApiException(QueueProblem.CLERK_BUSY);
    }
  }

  private static void requireState(TicketRow row, TicketState... allowed) {
    for (TicketState state : allowed) {
      if (row.state() == state) {
        return;
      }
    }
    throw new ApiException(QueueProblem.WRONG_STATE, row.state().name());
  }

  private TicketRow row(long id) {
    return tickets.find(id).orElseThrow(() -> ApiException.notFound("ticket " + id));
  }

  private TicketRow locked(long id) {
    return tickets.lock(id).orElseThrow(() -> ApiException.notFound("ticket " + id));
  }
}
