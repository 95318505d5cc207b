--liquibase formatted sql

--changeset cloudwindow:20261122-01-call-recording-still
-- The window a call was opened at: coordinators of its site may play the call's recordings.
alter table call_session add column window_id bigint references service_window (id);

create table call_recording (
  id          varchar(40) primary key,
  call_id     varchar(40) not null references call_session (id),
  started_by  bigint not null references app_user (id),
  started_at  timestamptz not null,
  stopped_at  timestamptz,
  state       varchar(16) not null check (state in ('RECORDING', 'STOPPED')),
  duration_ms bigint not null default 0,
  size_bytes  bigint not null default 0,
  chunks      integer not null default 0,
  sha256      varchar(64),
  object_key  varchar(200) not null,
  last_chunk_at timestamptz
);
create index call_recording_call_idx on call_recording (call_id);
create index call_recording_open_idx on call_recording (state) where state = 'RECORDING';

create table call_still (
  id           varchar(40) primary key,
  call_id      varchar(40) not null references call_session (id),
  taken_by     bigint not null references app_user (id),
  source       varchar(16) not null check (source in ('camera', 'frame')),
  content_type varchar(40) not null,
  width        integer not null,
  height       integer not null,
  size_bytes   bigint not null,
  sha256       varchar(64) not null,
  object_key   varchar(200) not null,
  taken_at     timestamptz not null
);
create index call_still_call_idx on call_still (call_id, taken_at);
