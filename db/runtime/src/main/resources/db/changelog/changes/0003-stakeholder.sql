--liquibase formatted sql

--changeset tracker:0003-stakeholder
--comment: People and organisations on the map; contact points live apart because they are personal data.
create type stakeholder_kind as enum ('person', 'organisation');
create type stakeholder_category as enum (
  'direct_target', 'intermediate_target', 'ally', 'coalition_member', 'media', 'opponent', 'neutral');
create type contact_kind as enum ('email', 'phone', 'address', 'website', 'other');

create table stakeholder (
  id              bigint generated always as identity primary key,
  campaign_id     bigint               not null references campaign (id) on delete cascade,
  kind            stakeholder_kind     not null,
  name            text                 not null,
  -- lower-case, accent-free, single-spaced name computed by the application; used for matching and duplicates.
  name_key        text                 not null,
  function_title  text,
  organisation_id bigint,
  category        stakeholder_category not null default 'neutral',
  power           smallint             not null default 3,
  stance          smallint             not null default 0,
  notes           text,
  created_at      timestamptz          not null default now(),
  updated_at      timestamptz          not null default now(),
  version         integer              not null default 1,
  constraint stakeholder_id_campaign_key unique (id, campaign_id),
  constraint stakeholder_organisation_fk foreign key (organisation_id, campaign_id)
    references stakeholder (id, campaign_id) on delete set null (organisation_id),
  constraint stakeholder_not_own_organisation check (organisation_id is null or organisation_id <> id),
  constraint stakeholder_name_not_blank check (length(btrim(name)) > 0),
  constraint stakeholder_name_key_not_blank check (length(name_key) > 0),
  constraint stakeholder_power_range check (power between 1 and 5),
  constraint stakeholder_stance_range check (stance between -2 and 2),
  constraint stakeholder_version_positive check (version > 0)
);
create unique index stakeholder_identity_key on stakeholder (campaign_id, name_key, coalesce(organisation_id, 0));
create index stakeholder_organisation_idx on stakeholder (organisation_id);
create index stakeholder_campaign_category_idx on stakeholder (campaign_id, category);

create table contact_point (
  id             bigint generated always as identity primary key,
  stakeholder_id bigint       not null,
  kind           contact_kind not null,
  value          text         not null,
  label          text,
  is_primary     boolean      not null default false,
  created_at     timestamptz  not null default now(),
  updated_at     timestamptz  not null default now(),
  version        integer      not null default 1,
  constraint contact_point_stakeholder_fk foreign key (stakeholder_id) references stakeholder (id) on delete cascade,
  constraint contact_point_value_not_blank check (length(btrim(value)) > 0),
  constraint contact_point_email_format check (kind <> 'email' or value ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
  constraint contact_point_version_positive check (version > 0)
);
create index contact_point_stakeholder_idx on contact_point (stakeholder_id);
create unique index contact_point_one_primary on contact_point (stakeholder_id, kind) where is_primary;
--rollback drop table contact_point; drop table stakeholder; drop type contact_kind; drop type stakeholder_category; drop type stakeholder_kind;
