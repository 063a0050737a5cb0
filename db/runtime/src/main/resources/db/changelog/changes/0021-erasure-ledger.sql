--liquibase formatted sql

--changeset tracker:0021-erasure-ledger
--comment: The erasure ledger lives in its own schema, which backups leave out (pg_dump --exclude-schema=privacy):
--comment: restoring a dump taken before an erasure replaces the public schema only, and the ledger then re-applies
--comment: every erasure. "if not exists" because a restored older dump makes this changeset run again.
create schema if not exists privacy;

create table if not exists privacy.erasure (
  id          bigint generated always as identity primary key,
  erased_at   timestamptz not null default now(),
  campaign_id bigint      not null,
  -- 'stakeholder' (identity and contact points of a person on the map) or 'testimony' (identity of a witness).
  subject     text        not null,
  subject_id  bigint      not null,
  -- SHA-256 of the data key and the erased name: tells a re-created person from the erased one without the name.
  fingerprint text        not null,
  -- 'forget' (the person asked) or 'sweep' (a retention rule).
  reason      text        not null
);
create index if not exists erasure_subject_idx on privacy.erasure (subject, subject_id);
--rollback drop table privacy.erasure; drop schema privacy;
