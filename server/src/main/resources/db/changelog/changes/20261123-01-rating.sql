--liquibase formatted sql

--changeset cloudwindow:20261123-01-case-rating
-- The applicant's rating of a case (好差评), one per case: the unique case id is what keeps a
-- double submit from two taps or two tablets to one rating. rated_by is the worker who entered it
-- for the applicant; worker_site_id is kept so ratings can be counted per point without the case.
create table case_rating (
  id             bigserial primary key,
  case_id        bigint not null unique references case_record (id),
  stars          smallint not null check (stars between 1 and 5),
  comment        varchar(500),
  rated_by       bigint not null references app_user (id),
  worker_site_id bigint not null references site (id),
  rated_at       timestamptz not null
);
create index case_rating_site_idx on case_rating (worker_site_id, rated_at);
