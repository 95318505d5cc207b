--liquibase formatted sql

--changeset cloudwindow:20261123-10-case-form
-- The live form of a case and its matters (一事联办). case_record.matter_code stays the first
-- matter, for readers that know one matter only.
create table case_matter (
  case_id     bigint not null references case_record (id),
  position    int not null,
  matter_code varchar(32) not null,
  matter_name varchar(200) not null,
  primary key (case_id, matter_code)
);
insert into case_matter (case_id, position, matter_code, matter_name)
  select id, 1, matter_code, matter_name from case_record;

-- One row per form field: writes to one field are serialised by its row lock and numbered by
-- version, so two screens editing at once agree on which write came last.
create table case_form_value (
  case_id    bigint not null references case_record (id),
  field      varchar(64) not null,
  value      jsonb,
  version    int not null,
  updated_by bigint references app_user (id),
  updated_at timestamptz,
  primary key (case_id, field)
);

alter table case_record add column updated_at timestamptz;
update case_record set updated_at = created_at;
alter table case_record alter column updated_at set not null;

-- Timeline: the state a transition left, and the fields a change touched (sensitive values masked).
alter table case_event add column from_state varchar(24);
alter table case_event add column changes jsonb;
