--liquibase formatted sql

--changeset cloudwindow:20261121-05-alert
create table alert (
  id              bigserial primary key,
  kind            varchar(16) not null check (kind in ('WAIT_TIMEOUT', 'LEVEL')),
  level           varchar(8) not null check (level in ('YELLOW', 'RED')),
  window_id       bigint not null references service_window (id),
  site_id         bigint not null references site (id),
  -- the ticket of a wait-timeout alert: its number only, never the applicant
  ticket_id       bigint,
  ticket_number   varchar(8),
  detail          varchar(300) not null,
  -- the figures at raise time, so each client words the alert in its own language
  waiting         int,
  waited_minutes  int,
  raised_at       timestamptz not null,
  acknowledged_at timestamptz,
  acknowledged_by bigint references app_user (id),
  resolved_at     timestamptz,
  resolved_by     bigint references app_user (id)
);
-- One open alert per ticket, and one open level alert per window and level.
create unique index alert_open_ticket_uq on alert (ticket_id) where resolved_at is null and kind = 'WAIT_TIMEOUT';
create unique index alert_open_level_uq on alert (window_id, level) where resolved_at is null and kind = 'LEVEL';
create index alert_site_idx on alert (site_id, raised_at desc);

--changeset cloudwindow:20261121-05-window-threshold
-- A window's own YELLOW/RED thresholds; windows without a row use cloudwindow.board.* defaults.
create table window_threshold (
  window_id                    bigint primary key references service_window (id),
  yellow_waiting               int not null check (yellow_waiting >= 1),
  red_waiting                  int not null,
  yellow_longest_wait_minutes  int not null check (yellow_longest_wait_minutes >= 1),
  red_longest_wait_minutes     int not null,
  check (red_waiting > yellow_waiting),
  check (red_longest_wait_minutes > yellow_longest_wait_minutes)
);
