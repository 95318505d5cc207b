--liquibase formatted sql

--changeset cloudwindow:20261123-20-expert
-- An expert's availability. "chosen" is what the expert set; "availability" is what coordinators
-- see: BUSY while busy_call names the call they are in, "chosen" again once it ends. Experts
-- without a row are OFFLINE. The home site is the account's site.
create table expert_profile (
  user_id      bigint primary key references app_user (id),
  chosen       varchar(12) not null check (chosen in ('AVAILABLE', 'BUSY', 'OFFLINE')),
  availability varchar(12) not null check (availability in ('AVAILABLE', 'BUSY', 'OFFLINE')),
  busy_call    varchar(40),
  updated_at   timestamptz not null
);

-- Expertise: department names (民政), matter codes (330203-MZ-0001) and free tags (企业开办).
-- In the admin's order (position), which is the order experts are shown with.
create table expert_tag (
  user_id  bigint not null references app_user (id),
  position int not null,
  tag      varchar(40) not null,
  primary key (user_id, position)
);

--changeset cloudwindow:20261123-20-consultation
create table consultation (
  id             bigserial primary key,
  call_id        varchar(40) not null references call_session (id),
  case_id        bigint not null references case_record (id),
  window_id      bigint not null references service_window (id),
  -- the requesting clerk's site: its coordinators and those above it see the request
  site_id        bigint not null references site (id),
  clerk_id       bigint not null references app_user (id),
  topic          varchar(200) not null,
  state          varchar(12) not null check (state in ('OPEN', 'ANSWERED', 'CONCLUDED', 'CANCELLED')),
  requested_at   timestamptz not null,
  answered_at    timestamptz,
  -- when the unanswered request was reported to the board, so it is reported once
  alerted_at     timestamptz,
  concluded_at   timestamptz,
  conclusion     varchar(1000)
);
-- One live consultation per call: a clerk adds experts to it rather than opening a second one.
create unique index consultation_live_call_uq on consultation (call_id) where state in ('OPEN', 'ANSWERED');
create index consultation_site_idx on consultation (site_id, state);
create index consultation_case_idx on consultation (case_id);

create table consultation_tag (
  consultation_id bigint not null references consultation (id),
  position        int not null,
  tag             varchar(40) not null,
  primary key (consultation_id, position)
);

create table consultation_expert (
  consultation_id bigint not null references consultation (id),
  expert_id       bigint not null references app_user (id),
  state           varchar(12) not null check (state in ('INVITED', 'ACCEPTED', 'DECLINED')),
  reason          varchar(200),
  invited_by      bigint not null references app_user (id),
  invited_at      timestamptz not null,
  answered_at     timestamptz,
  primary key (consultation_id, expert_id)
);
create index consultation_expert_idx on consultation_expert (expert_id, invited_at);

create table consultation_note (
  id              bigserial primary key,
  consultation_id bigint not null references consultation (id),
  author_id       bigint not null references app_user (id),
  text            varchar(1000) not null,
  at              timestamptz not null
);

-- An expert asks the coordinator to bring in another expert.
create table consultation_suggestion (
  id              bigserial primary key,
  consultation_id bigint not null references consultation (id),
  by_id           bigint not null references app_user (id),
  expert_id       bigint not null references app_user (id),
  reason          varchar(200) not null,
  at              timestamptz not null
);
