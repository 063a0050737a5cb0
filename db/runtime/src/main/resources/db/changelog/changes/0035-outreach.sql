--liquibase formatted sql

--changeset tracker:0035-outreach
--comment: Media outreach: what the campaign sent (press kit, press release, pitch, op-ed offer), when, under which embargo, to which journalists (stakeholders) and outlets, with which attachments; a press item may name the outreach that led to it, so coverage can be traced to the sends.
create type outreach_kind as enum ('press_kit', 'press_release', 'pitch', 'op_ed_offer');

create table outreach (
  id            bigint generated always as identity primary key,
  campaign_id   bigint        not null references campaign (id) on delete cascade,
  kind          outreach_kind not null,
  sent_on       date          not null,
  title         text          not null,
  embargo_until timestamptz,
  outlets       text[]        not null default '{}',
  attachments   text[]        not null default '{}',
  created_at    timestamptz   not null default now(),
  updated_at    timestamptz   not null default now(),
  version       integer       not null default 1,
  constraint outreach_id_campaign_key unique (id, campaign_id),
  constraint outreach_title_key unique (campaign_id, title),
  constraint outreach_title_not_blank check (length(btrim(title)) > 0),
  constraint outreach_embargo_range check (embargo_until is null
    or embargo_until between timestamptz '1900-01-01 00:00+00' and timestamptz '2101-01-01 00:00+00'),
  constraint outreach_outlets_bounded check (cardinality(outlets) <= 500),
  constraint outreach_attachments_bounded check (cardinality(attachments) <= 100),
  constraint outreach_version_positive check (version > 0)
);

-- The date range as changeset 0030 writes them (NOT VALID, like every other date range of the schema).
alter table outreach add constraint outreach_sent_on_range
  check (sent_on between date '1900-01-01' and date '2100-12-31') not valid;

create table outreach_demand (
  outreach_id bigint not null,
  demand_id   bigint not null,
  campaign_id bigint not null,
  primary key (outreach_id, demand_id),
  constraint outreach_demand_outreach_fk foreign key (outreach_id, campaign_id)
    references outreach (id, campaign_id) on delete cascade,
  constraint outreach_demand_demand_fk foreign key (demand_id, campaign_id)
    references demand (id, campaign_id) on delete cascade
);
create index outreach_demand_demand_idx on outreach_demand (demand_id);

create table outreach_journalist (
  outreach_id    bigint not null,
  stakeholder_id bigint not null,
  campaign_id    bigint not null,
  primary key (outreach_id, stakeholder_id),
  constraint outreach_journalist_outreach_fk foreign key (outreach_id, campaign_id)
    references outreach (id, campaign_id) on delete cascade,
  constraint outreach_journalist_stakeholder_fk foreign key (stakeholder_id, campaign_id)
    references stakeholder (id, campaign_id) on delete cascade
);
create index outreach_journalist_stakeholder_idx on outreach_journalist (stakeholder_id);

alter table press_item add column outreach_id bigint;
alter table press_item add constraint press_item_outreach_fk foreign key (outreach_id, campaign_id)
  references outreach (id, campaign_id) on delete set null (outreach_id);
create index press_item_outreach_idx on press_item (outreach_id) where outreach_id is not null;

create trigger outreach_revision_bump after insert or update or delete on outreach
  for each row execute function bump_campaign_revision();
create trigger outreach_demand_revision_bump after insert or update or delete on outreach_demand
  for each row execute function bump_campaign_revision();
create trigger outreach_journalist_revision_bump after insert or update or delete on outreach_journalist
  for each row execute function bump_campaign_revision();
--rollback drop index press_item_outreach_idx; alter table press_item drop constraint press_item_outreach_fk; alter table press_item drop column outreach_id; drop table outreach_journalist; drop table outreach_demand; drop table outreach; drop type outreach_kind;
