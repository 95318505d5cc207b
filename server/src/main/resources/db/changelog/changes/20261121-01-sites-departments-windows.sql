--liquibase formatted sql

--changeset cloudwindow:20261121-01-site
create table site (
  id         bigserial primary key,
  code       varchar(32)  not null unique,
  name       varchar(100) not null,
  tier       varchar(16)  not null check (tier in ('DISTRICT', 'TOWNSHIP', 'COMMUNITY')),
  parent_id  bigint references site (id),
  -- ids from the root down, '/1/4/9/': descendant checks are a prefix test
  path       varchar(1000) not null unique,
  enabled    boolean not null default true,
  created_at timestamptz not null default now(),
  check ((parent_id is null) = (tier = 'DISTRICT'))
);
create index site_parent_idx on site (parent_id);
create index site_path_idx on site (path varchar_pattern_ops);

--changeset cloudwindow:20261121-01-department
create table department (
  code       varchar(32) primary key,
  name       varchar(50)  not null,
  name_en    varchar(100) not null,
  sort_order int not null
);
insert into department (code, name, name_en, sort_order) values
  ('CIVIL_AFFAIRS',     '民政',         'Civil Affairs',                     10),
  ('HUMAN_RESOURCES',   '人社',         'Human Resources & Social Security', 20),
  ('MEDICAL_INSURANCE', '医保',         'Medical Insurance',                 30),
  ('PUBLIC_SECURITY',   '公安',         'Public Security',                   40),
  ('MARKET_REGULATION', '市场监管',     'Market Regulation',                 50),
  ('VETERANS_AFFAIRS',  '退役军人事务', 'Veterans Affairs',                  60);

--changeset cloudwindow:20261121-01-service-window
create table service_window (
  id              bigserial primary key,
  name            varchar(100) not null,
  site_id         bigint not null references site (id),
  department_code varchar(32) references department (code),
  comprehensive   boolean not null default false,
  enabled         boolean not null default true,
  created_at      timestamptz not null default now(),
  check (comprehensive = (department_code is null))
);
create unique index service_window_department_uq on service_window (site_id, department_code) where not comprehensive;
create unique index service_window_comprehensive_uq on service_window (site_id) where comprehensive;
