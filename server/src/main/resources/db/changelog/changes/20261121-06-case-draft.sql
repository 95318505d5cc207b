--liquibase formatted sql

--changeset cloudwindow:20261121-06-case-record
-- The shared case record (办件). Created as a DRAFT when a clerk calls a ticket; the case issue
-- adds form data, materials, signature and the rest of the lifecycle in later changesets.
create table case_record (
  id                  bigserial primary key,
  ticket_id           bigint not null unique references ticket (id),
  matter_code         varchar(32) not null,
  matter_name         varchar(200) not null,
  applicant_name      varchar(50) not null,
  applicant_id_number varchar(18) not null,
  applicant_phone     varchar(20) not null,
  worker_id           bigint not null references app_user (id),
  worker_site_id      bigint not null references site (id),
  window_id           bigint not null references service_window (id),
  state               varchar(24) not null,
  created_at          timestamptz not null
);

create table case_event (
  id         bigserial primary key,
  case_id    bigint not null references case_record (id),
  at         timestamptz not null,
  actor_id   bigint references app_user (id),
  kind       varchar(32) not null,
  to_state   varchar(24) not null,
  reason     varchar(500)
);
create index case_event_case_idx on case_event (case_id, at);
