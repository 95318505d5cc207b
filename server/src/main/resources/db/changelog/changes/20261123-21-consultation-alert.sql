--liquibase formatted sql

--changeset cloudwindow:20261123-21-consultation-alert
-- CONSULTATION_WAITING: a consultation no expert accepted within cloudwindow.consult.waiting-alert.
-- One per consultation; the case alert index now leaves consultation alerts out, so a second
-- consultation of the same case alerts too.
alter table alert alter column kind type varchar(24);
alter table alert drop constraint alert_kind_check;
alter table alert add constraint alert_kind_check
  check (kind in ('WAIT_TIMEOUT', 'LEVEL', 'FOLLOW_UP', 'DECISION_DUE', 'CONSULTATION_WAITING'));
alter table alert add column consultation_id bigint;
drop index alert_case_uq;
create unique index alert_case_uq on alert (case_id, kind, level, coalesce(deadline, date '1970-01-01'))
  where case_id is not null and consultation_id is null;
create unique index alert_consultation_uq on alert (consultation_id) where consultation_id is not null;
