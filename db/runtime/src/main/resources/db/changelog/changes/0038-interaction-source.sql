--liquibase formatted sql

--changeset tracker:0038-interaction-source
--comment: Where an interaction came from when it was imported from a calendar invitation or an e-mail: a digest of the
--comment: event's UID (and RECURRENCE-ID) or of the message's Message-ID, so importing the same file again logs nothing
--comment: twice. A digest, not the identifier itself: a Message-ID often carries a host or an address.
alter table interaction add column source_ref text;
alter table interaction add constraint interaction_source_ref_format
  check (source_ref is null or source_ref ~ '^(ics|eml):[0-9a-f]{64}$');
create unique index interaction_source_ref_key on interaction (campaign_id, source_ref) where source_ref is not null;
--rollback drop index interaction_source_ref_key; alter table interaction drop constraint interaction_source_ref_format, drop column source_ref;
