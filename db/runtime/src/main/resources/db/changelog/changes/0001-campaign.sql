--liquibase formatted sql

--changeset tracker:0001-campaign
--comment: A campaign: the unit that tokens, partners and exports are scoped to.
create table campaign (
  id               bigint generated always as identity primary key,
  slug             text        not null,
  name             text        not null,
  objective        text,
  deadline         date,
  deadline_label   text,
  default_language text        not null default 'fr',
  created_at       timestamptz not null default now(),
  updated_at       timestamptz not null default now(),
  version          integer     not null default 1,
  constraint campaign_slug_key unique (slug),
  constraint campaign_slug_format check (slug ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
  constraint campaign_name_not_blank check (length(btrim(name)) > 0),
  constraint campaign_default_language_check check (default_language in ('fr', 'en')),
  constraint campaign_deadline_label_needs_deadline check (deadline_label is null or deadline is not null),
  constraint campaign_version_positive check (version > 0)
);
--rollback drop table campaign;
