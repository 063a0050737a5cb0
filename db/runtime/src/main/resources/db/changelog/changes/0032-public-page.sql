--liquibase formatted sql

--changeset tracker:0032-public-page
--comment: The public accountability page shows only what the coalition chose to publish: a position, a commitment, a press item or a milestone is private until marked public, and a campaign's page answers only while published_at is set.
alter table position add column public boolean not null default false;
alter table commitment add column public boolean not null default false;
alter table press_item add column public boolean not null default false;
alter table milestone add column public boolean not null default false;
alter table campaign add column published_at timestamptz;
--rollback alter table campaign drop column published_at;
--rollback alter table milestone drop column public;
--rollback alter table press_item drop column public;
--rollback alter table commitment drop column public;
--rollback alter table position drop column public;
