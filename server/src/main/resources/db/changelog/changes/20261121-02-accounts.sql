--liquibase formatted sql

--changeset cloudwindow:20261121-02-app-user
create table app_user (
  id            bigserial primary key,
  username      varchar(32)  not null unique,
  display_name  varchar(50)  not null,
  phone         varchar(20),
  site_id       bigint not null references site (id),
  password_hash varchar(200) not null,
  enabled       boolean not null default true,
  created_at    timestamptz not null default now()
);
create index app_user_site_idx on app_user (site_id);

create table user_role (
  user_id bigint not null references app_user (id) on delete cascade,
  role    varchar(32) not null check (role in ('COMMUNITY_WORKER', 'CLERK', 'COORDINATOR', 'EXPERT', 'ADMIN')),
  primary key (user_id, role)
);

--changeset cloudwindow:20261121-02-login-throttle
-- Failed sign-ins by the name that was typed, whether or not such a user exists, so that a
-- lockout never tells an attacker which usernames are real.
create table login_throttle (
  username        varchar(64) primary key,
  failures        int not null,
  locked_until    timestamptz,
  last_failure_at timestamptz not null
);
