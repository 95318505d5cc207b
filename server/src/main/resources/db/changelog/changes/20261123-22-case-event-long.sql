--liquibase formatted sql

--changeset cloudwindow:20261123-22-case-event-long
-- A consultation's notes and conclusion are one timeline line (CaseService.noteInFull).
alter table case_event alter column reason type varchar(4000);
