--liquibase formatted sql

--changeset tracker:0008-testimony
--comment: Testimonies of affected people: pseudonymous story, consent per use, identity kept apart.
create type consent_use as enum ('internal', 'briefing', 'resource_document', 'press', 'public');
create type naming_rule as enum ('anonymous', 'pseudonym', 'first_name', 'full_name');

create table testimony (
  id              bigint generated always as identity primary key,
  campaign_id     bigint      not null references campaign (id) on delete cascade,
  pseudonym       text        not null,
  story           text        not null,
  collected_on    date        not null,
  collected_by_id bigint,
  created_at      timestamptz not null default now(),
  updated_at      timestamptz not null default now(),
  version         integer     not null default 1,
  constraint testimony_id_campaign_key unique (id, campaign_id),
  constraint testimony_collected_by_fk foreign key (collected_by_id, campaign_id)
    references member (id, campaign_id) on delete set null (collected_by_id),
  constraint testimony_pseudonym_key unique (campaign_id, pseudonym),
  constraint testimony_pseudonym_not_blank check (length(btrim(pseudonym)) > 0),
  constraint testimony_story_not_blank check (length(btrim(story)) > 0),
  constraint testimony_version_positive check (version > 0)
);

-- Who the person really is: never joined into anything a partner can read.
create table testimony_identity (
  testimony_id bigint primary key references testimony (id) on delete cascade,
  full_name    text,
  contact      text,
  notes        text,
  created_at   timestamptz not null default now()
);

create table testimony_consent (
  id           bigint generated always as identity primary key,
  testimony_id bigint      not null references testimony (id) on delete cascade,
  use          consent_use not null,
  naming       naming_rule not null default 'pseudonym',
  given_on     date        not null,
  expires_on   date,
  withdrawn_on date,
  recorded_by  text,
  created_at   timestamptz not null default now(),
  constraint testimony_consent_expiry_after_given check (expires_on is null or expires_on >= given_on),
  constraint testimony_consent_withdrawal_after_given check (withdrawn_on is null or withdrawn_on >= given_on)
);
create index testimony_consent_testimony_idx on testimony_consent (testimony_id, use);

create table testimony_demand (
  testimony_id bigint not null,
  demand_id    bigint not null,
  campaign_id  bigint not null,
  primary key (testimony_id, demand_id),
  constraint testimony_demand_testimony_fk foreign key (testimony_id, campaign_id) references testimony (id, campaign_id) on delete cascade,
  constraint testimony_demand_demand_fk foreign key (demand_id, campaign_id) references demand (id, campaign_id) on delete cascade
);

create table testimony_theme (
  testimony_id bigint not null,
  theme_id     bigint not null,
  campaign_id  bigint not null,
  primary key (testimony_id, theme_id),
  constraint testimony_theme_testimony_fk foreign key (testimony_id, campaign_id) references testimony (id, campaign_id) on delete cascade,
  constraint testimony_theme_theme_fk foreign key (theme_id, campaign_id) references theme (id, campaign_id) on delete cascade
);

create table press_testimony (
  press_item_id bigint not null,
  testimony_id  bigint not null,
  campaign_id   bigint not null,
  primary key (press_item_id, testimony_id),
  constraint press_testimony_item_fk foreign key (press_item_id, campaign_id) references press_item (id, campaign_id) on delete cascade,
  constraint press_testimony_testimony_fk foreign key (testimony_id, campaign_id) references testimony (id, campaign_id) on delete cascade
);
--rollback drop table press_testimony; drop table testimony_theme; drop table testimony_demand; drop table testimony_consent; drop table testimony_identity; drop table testimony; drop type naming_rule; drop type consent_use;
