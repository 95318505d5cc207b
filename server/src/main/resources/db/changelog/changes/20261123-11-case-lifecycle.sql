--liquibase formatted sql

--changeset cloudwindow:20261123-11-case-lifecycle
-- The case lifecycle of DESIGN.md §3: its dates, number, review window, delivery and signature.
alter table case_record add column case_number varchar(48) unique;
alter table case_record add column submitted_at timestamptz;
-- Art. 32: accept, refuse or ask for supplements within 5 working days of submission.
alter table case_record add column decision_deadline date;
-- When the decision-due reminder went out for the current submission (once per submission).
alter table case_record add column decision_due_at timestamptz;
alter table case_record add column accepted_at timestamptz;
alter table case_record add column promised_by date;
-- What the applicant must supply, all at once: {items: [{kind, code, name, reason}], requestedAt, deadline}.
alter table case_record add column supplement jsonb;
alter table case_record add column supplement_deadline date;
alter table case_record add column concluded_at timestamptz;
alter table case_record add column delivery varchar(16);
-- The district window that reviews a two-level case, fixed at preliminary review.
alter table case_record add column review_window_id bigint references service_window (id);
-- The applicant's signature: a material of the case (no foreign key: materials are another
-- feature's table) and the hash of the case content it signed.
alter table case_record add column signature_material_id bigint;
alter table case_record add column signed_at timestamptz;
alter table case_record add column signature_hash char(64);

create index case_record_window_idx on case_record (window_id, updated_at);
create index case_record_review_window_idx on case_record (review_window_id, updated_at);
create index case_record_worker_site_idx on case_record (worker_site_id, updated_at);
create index case_record_decision_idx on case_record (decision_deadline) where state = 'SUBMITTED';

-- Case numbers: one counter per accepting site and day; the row lock of the upsert hands out each
-- number once, on any number of nodes.
create table case_number_counter (
  site_code varchar(32) not null,
  day       date not null,
  last      int not null,
  primary key (site_code, day)
);

-- Structured details of a timeline event, e.g. the supplement list.
alter table case_event add column detail jsonb;
