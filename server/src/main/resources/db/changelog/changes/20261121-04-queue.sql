--liquibase formatted sql

--changeset cloudwindow:20261121-04-shedlock
-- ShedLock: scheduled scans run on one node of the cluster at a time.
create table shedlock (
  name       varchar(64) primary key,
  lock_until timestamptz not null,
  locked_at  timestamptz not null,
  locked_by  varchar(255) not null
);

--changeset cloudwindow:20261121-04-window-schedule
-- Opening hours per window, e.g. 'MON-FRI 08:30-12:00,13:30-17:00' in Asia/Shanghai time.
create table window_schedule (
  window_id     bigint primary key references service_window (id),
  opening_hours varchar(200) not null
);

--changeset cloudwindow:20261121-04-clerk-window
-- Which windows a clerk may serve; duty is taken only at these (tidal duty adds a row for a while).
create table clerk_window (
  user_id   bigint not null references app_user (id) on delete cascade,
  window_id bigint not null references service_window (id) on delete cascade,
  primary key (user_id, window_id)
);

create table duty (
  user_id   bigint not null references app_user (id) on delete cascade,
  window_id bigint not null references service_window (id) on delete cascade,
  since     timestamptz not null,
  -- set for tidal duty: the clerk goes back when it passes
  until     timestamptz,
  tidal     boolean not null default false,
  primary key (user_id, window_id)
);

--changeset cloudwindow:20261121-04-ticket
create table ticket_counter (
  window_id bigint not null references service_window (id),
  day       date not null,
  last      int not null,
  primary key (window_id, day)
);

create table ticket (
  id                  bigserial primary key,
  number              varchar(8) not null,
  window_id           bigint not null references service_window (id),
  matter_code         varchar(32) not null,
  -- kept as shown when the number was taken; the catalogue may rename the matter later
  matter_name         varchar(200) not null,
  applicant_name      varchar(50) not null,
  applicant_id_number varchar(18) not null,
  applicant_phone     varchar(20) not null,
  priority            boolean not null default false,
  worker_id           bigint not null references app_user (id),
  worker_site_id      bigint not null references site (id),
  state               varchar(16) not null check (state in
    ('WAITING', 'CALLED', 'SERVING', 'DONE', 'WITHDRAWN', 'NO_SHOW', 'EXPIRED')),
  -- ordering: a recalled ticket goes to the head once; otherwise priority class, then take time
  head                boolean not null default false,
  taken_at            timestamptz not null,
  called_at           timestamptz,
  answered_at         timestamptz,
  ended_at            timestamptz,
  recalls             int not null default 0,
  clerk_id            bigint references app_user (id),
  call_id             varchar(40),
  service_day         date not null
);
create index ticket_waiting_idx on ticket (window_id, head desc, priority desc, taken_at, id) where state = 'WAITING';
create index ticket_worker_idx on ticket (worker_id, service_day);
create index ticket_window_done_idx on ticket (window_id, ended_at) where state = 'DONE';
-- A clerk holds at most one active ticket, on any number of nodes.
create unique index ticket_one_active_per_clerk on ticket (clerk_id) where state in ('CALLED', 'SERVING');
-- One active ticket per applicant and matter.
create unique index ticket_one_active_per_applicant on ticket (applicant_id_number, matter_code)
  where state in ('WAITING', 'CALLED', 'SERVING');

create table ticket_event (
  id         bigserial primary key,
  ticket_id  bigint not null references ticket (id),
  at         timestamptz not null,
  actor_id   bigint references app_user (id),
  kind       varchar(16) not null,
  from_state varchar(16),
  to_state   varchar(16) not null,
  window_id  bigint not null references service_window (id),
  reason     varchar(500)
);
create index ticket_event_ticket_idx on ticket_event (ticket_id, at);
