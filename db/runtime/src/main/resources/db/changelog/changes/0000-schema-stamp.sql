--liquibase formatted sql

--changeset tracker:0000-schema-stamp
--comment: Which changelog the schema was last migrated to, so a start can skip Liquibase when nothing changed.
create table schema_stamp (
  id               integer     primary key default 1,
  changelog_sha256 text        not null,
  migrated_at      timestamptz not null default now(),
  constraint schema_stamp_single_row check (id = 1)
);
--rollback drop table schema_stamp;
