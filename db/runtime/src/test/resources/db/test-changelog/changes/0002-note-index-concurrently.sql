--liquibase formatted sql

--changeset test:0002-note-index-concurrently runInTransaction:false
create index concurrently note_body_idx on note (body);
--rollback drop index note_body_idx;
