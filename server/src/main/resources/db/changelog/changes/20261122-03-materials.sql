--liquibase formatted sql

--changeset cloudwindow:20261122-03-materials
-- Case materials (材料). A material is one version of a required-material slot of a case: its
-- ordered pages are checked together by the clerk. A rejected version stays as history and a
-- re-upload opens the next version.
create table material (
  id          bigserial primary key,
  case_id     bigint not null references case_record (id),
  slot_code   varchar(64) not null,
  version     int not null,
  state       varchar(16) not null,
  reason      varchar(500),
  created_by  bigint not null references app_user (id),
  created_at  timestamptz not null,
  checked_by  bigint references app_user (id),
  checked_at  timestamptz,
  unique (case_id, slot_code, version)
);

create table material_page (
  id           bigserial primary key,
  material_id  bigint not null references material (id),
  position     int not null,
  file_name    varchar(255) not null,
  content_type varchar(64) not null,
  size         bigint not null,
  sha256       char(64) not null,
  object_key   varchar(300) not null,
  thumb_key    varchar(300) not null,
  width        int,
  height       int,
  page_count   int,
  uploaded_by  bigint not null references app_user (id),
  uploaded_at  timestamptz not null,
  -- A page removed before verification keeps its row for the audit trail; its objects are deleted.
  removed_at   timestamptz
);
create index material_page_material_idx on material_page (material_id, position);

-- Who did what to which material, when: upload, verify, reject, reorder, remove.
create table material_event (
  id          bigserial primary key,
  case_id     bigint not null references case_record (id),
  material_id bigint references material (id),
  page_id     bigint references material_page (id),
  slot_code   varchar(64) not null,
  at          timestamptz not null,
  actor_id    bigint not null references app_user (id),
  action      varchar(16) not null,
  detail      varchar(500)
);
create index material_event_case_idx on material_event (case_id, at);

-- Resumable (tus) uploads in progress. Received chunks are separate objects (parts) until the
-- upload is complete, checked and stored as a page, so no half file ever sits under a final key.
create table material_upload (
  id            varchar(36) primary key,
  case_id       bigint not null references case_record (id),
  slot_code     varchar(64) not null,
  file_name     varchar(255) not null,
  declared_type varchar(100),
  upload_length bigint not null,
  upload_offset bigint not null,
  created_by    bigint not null references app_user (id),
  created_at    timestamptz not null,
  expires_at    timestamptz not null
);

create table material_upload_part (
  upload_id    varchar(36) not null references material_upload (id) on delete cascade,
  start_offset bigint not null,
  size         bigint not null,
  object_key   varchar(300) not null,
  primary key (upload_id, start_offset)
);
