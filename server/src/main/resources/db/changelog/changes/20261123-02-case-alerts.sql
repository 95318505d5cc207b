--liquibase formatted sql

--changeset cloudwindow:20261123-02-case-alerts
-- Alerts about a case rather than a queue: FOLLOW_UP (a rating of 2 stars or fewer) and
-- DECISION_DUE (a submitted case's art. 32 deadline is near or past). They keep window_id (the
-- case's window) so every alert still belongs to a window on the board; site_id decides who sees
-- it (the worker's point for a follow-up, the window's site for a deadline).
alter table alert drop constraint alert_kind_check;
alter table alert add constraint alert_kind_check
  check (kind in ('WAIT_TIMEOUT', 'LEVEL', 'FOLLOW_UP', 'DECISION_DUE'));
alter table alert add column case_id bigint references case_record (id);
alter table alert add column case_number varchar(32);
-- the figures at raise time, so each client words the alert in its own language
alter table alert add column deadline date;
alter table alert add column stars smallint;
-- One alert per case, kind, level and deadline: a deadline scan that runs every few seconds
-- raises it once, a deadline passed raises RED once more, and a new deadline after supplements
-- raises anew.
create unique index alert_case_uq on alert (case_id, kind, level, coalesce(deadline, date '1970-01-01'))
  where case_id is not null;
