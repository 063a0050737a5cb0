--liquibase formatted sql

--changeset tracker:0004-relationship
--comment: Who is linked to whom: the edges of the influence map.
create type relationship_type as enum (
  'works_for', 'member_of', 'reports_to', 'influences', 'knows', 'funds', 'advises', 'allied_with', 'opposes');

create table relationship (
  id          bigint generated always as identity primary key,
  campaign_id bigint            not null,
  from_id     bigint            not null,
  to_id       bigint            not null,
  type        relationship_type not null,
  strength    smallint          not null default 3,
  since       date,
  until       date,
  source      text,
  notes       text,
  created_at  timestamptz       not null default now(),
  updated_at  timestamptz       not null default now(),
  version     integer           not null default 1,
  constraint relationship_from_fk foreign key (from_id, campaign_id) references stakeholder (id, campaign_id) on delete cascade,
  constraint relationship_to_fk foreign key (to_id, campaign_id) references stakeholder (id, campaign_id) on delete cascade,
  constraint relationship_key unique (from_id, to_id, type),
  constraint relationship_not_self check (from_id <> to_id),
  constraint relationship_strength_range check (strength between 1 and 5),
  constraint relationship_dates_ordered check (until is null or since is null or until >= since),
  constraint relationship_version_positive check (version > 0)
);
create index relationship_campaign_idx on relationship (campaign_id);
create index relationship_to_idx on relationship (to_id);
--rollback drop table relationship; drop type relationship_type;
