--liquibase formatted sql

--changeset tracker:0007-press
--comment: Press coverage, linked to the themes and demands it covers and the stakeholders it quotes.
create type press_medium as enum ('tv', 'radio', 'print', 'web', 'blog', 'social');
create type press_tone as enum ('favourable', 'neutral', 'unfavourable', 'mixed');

create table press_item (
  id           bigint generated always as identity primary key,
  campaign_id  bigint       not null references campaign (id) on delete cascade,
  outlet       text         not null,
  medium       press_medium not null,
  published_on date         not null,
  title        text         not null,
  url          text,
  journalist   text,
  reach        bigint,
  tone         press_tone   not null default 'neutral',
  summary      text,
  created_at   timestamptz  not null default now(),
  updated_at   timestamptz  not null default now(),
  version      integer      not null default 1,
  constraint press_item_id_campaign_key unique (id, campaign_id),
  constraint press_item_outlet_not_blank check (length(btrim(outlet)) > 0),
  constraint press_item_title_not_blank check (length(btrim(title)) > 0),
  constraint press_item_url_format check (url is null or url ~ '^https?://[^\s]+$'),
  constraint press_item_reach_not_negative check (reach is null or reach >= 0),
  constraint press_item_version_positive check (version > 0)
);
create index press_item_campaign_date_idx on press_item (campaign_id, published_on desc, id desc);
create unique index press_item_url_key on press_item (campaign_id, url) where url is not null;

create table press_theme (
  press_item_id bigint not null,
  theme_id      bigint not null,
  campaign_id   bigint not null,
  primary key (press_item_id, theme_id),
  constraint press_theme_item_fk foreign key (press_item_id, campaign_id) references press_item (id, campaign_id) on delete cascade,
  constraint press_theme_theme_fk foreign key (theme_id, campaign_id) references theme (id, campaign_id) on delete cascade
);

create table press_demand (
  press_item_id bigint not null,
  demand_id     bigint not null,
  campaign_id   bigint not null,
  primary key (press_item_id, demand_id),
  constraint press_demand_item_fk foreign key (press_item_id, campaign_id) references press_item (id, campaign_id) on delete cascade,
  constraint press_demand_demand_fk foreign key (demand_id, campaign_id) references demand (id, campaign_id) on delete cascade
);
create index press_demand_demand_idx on press_demand (demand_id);

create table press_quote (
  press_item_id  bigint not null,
  stakeholder_id bigint not null,
  campaign_id    bigint not null,
  primary key (press_item_id, stakeholder_id),
  constraint press_quote_item_fk foreign key (press_item_id, campaign_id) references press_item (id, campaign_id) on delete cascade,
  constraint press_quote_stakeholder_fk foreign key (stakeholder_id, campaign_id) references stakeholder (id, campaign_id) on delete cascade
);
create index press_quote_stakeholder_idx on press_quote (stakeholder_id);
--rollback drop table press_quote; drop table press_demand; drop table press_theme; drop table press_item; drop type press_tone; drop type press_medium;
