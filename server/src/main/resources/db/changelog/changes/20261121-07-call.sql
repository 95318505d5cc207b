--liquibase formatted sql

--changeset cloudwindow:20261121-07-call
create table call_session (
  id           varchar(40) primary key,
  ticket_id    bigint not null references ticket (id),
  state        varchar(16) not null check (state in ('RINGING', 'CONNECTED', 'ENDED')),
  end_reason   varchar(32),
  created_at   timestamptz not null,
  connected_at timestamptz,
  ended_at     timestamptz
);

create table call_participant (
  call_id   varchar(40) not null references call_session (id),
  user_id   bigint not null references app_user (id),
  role      varchar(24) not null,
  joined_at timestamptz,
  left_at   timestamptz,
  primary key (call_id, user_id)
);

create table call_event (
  id       bigserial primary key,
  call_id  varchar(40) not null references call_session (id),
  at       timestamptz not null,
  actor_id bigint references app_user (id),
  kind     varchar(32) not null,
  detail   varchar(500)
);
create index call_event_call_idx on call_event (call_id, at);
