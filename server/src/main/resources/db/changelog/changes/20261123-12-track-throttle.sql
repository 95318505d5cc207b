--liquibase formatted sql

--changeset cloudwindow:20261123-12-track-throttle
-- Public progress look-ups per client address and minute, shared by every node, so guessing case
-- numbers and phone digits is slow everywhere.
create table track_attempt (
  client       varchar(64) not null,
  window_start timestamptz not null,
  attempts     int not null,
  primary key (client, window_start)
);
