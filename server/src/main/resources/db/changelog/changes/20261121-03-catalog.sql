--liquibase formatted sql

--changeset cloudwindow:20261121-03-matter
-- The matter catalogue (事项目录). Rows are never deleted: cases keep referring to a matter after
-- it leaves the catalogue, so an import that drops a matter only disables it.
create table matter (
  code            varchar(32)  primary key,
  name            varchar(200) not null,
  -- plain-language names a resident would say; a JSON array of strings
  aliases         jsonb not null check (jsonb_typeof(aliases) = 'array'),
  department_code varchar(32)  not null references department (code),
  handling_tier   varchar(16)  not null check (handling_tier in ('TOWNSHIP', 'DISTRICT', 'TWO_LEVEL')),
  -- working days from acceptance to conclusion promised to the applicant
  promised_days   int not null check (promised_days between 1 and 60),
  remote_eligible boolean not null,
  -- [{code, name, mandatory}]
  materials       jsonb not null default '[]' check (jsonb_typeof(materials) = 'array'),
  -- [{name, label, labelEn, type, required, options, maxLength, min, max, pattern}]
  form_fields     jsonb not null default '[]' check (jsonb_typeof(form_fields) = 'array'),
  enabled         boolean not null default true,
  -- changes only when the content does; other nodes compare max(updated_at) to refresh their index
  updated_at      timestamptz not null default now()
);
create index matter_department_idx on matter (department_code);
