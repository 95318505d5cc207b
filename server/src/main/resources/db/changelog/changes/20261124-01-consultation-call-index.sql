--liquibase formatted sql

--changeset cloudwindow:20261124-01-consultation-call-index
-- A desk reloaded in a new tab asks for its call's consultation, live or latest; the live-only
-- unique index cannot answer for a concluded or cancelled one.
create index consultation_call_idx on consultation (call_id, requested_at desc);
