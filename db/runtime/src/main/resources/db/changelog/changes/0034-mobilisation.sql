--liquibase formatted sql

--changeset tracker:0034-mobilisation
--comment: Mobilisations (petitions, joint appeals, letter campaigns): the demands they carry, the stakeholders they target, their signature counts over time, and their delivery to a target with the interaction holding the written answer. Counts only: no signatory is stored.
create type mobilisation_kind as enum ('petition', 'joint_appeal', 'letter_campaign');

create table mobilisation (
  id                      bigint generated always as identity primary key,
  campaign_id             bigint            not null references campaign (id) on delete cascade,
  title                   text              not null,
  kind                    mobilisation_kind not null,
  launched_on             date              not null,
  delivered_on            date,
  delivered_to_id         bigint,
  response_interaction_id bigint,
  public                  boolean           not null default false,
  created_at              timestamptz       not null default now(),
  updated_at              timestamptz       not null default now(),
  version                 integer           not null default 1,
  constraint mobilisation_id_campaign_key unique (id, campaign_id),
  constraint mobilisation_title_key unique (campaign_id, title),
  constraint mobilisation_title_not_blank check (length(btrim(title)) > 0),
  constraint mobilisation_delivered_after_launch check (delivered_on is null or delivered_on >= launched_on),
  constraint mobilisation_delivery_needs_date check (delivered_on is not null or (delivered_to_id is null and response_interaction_id is null)),
  constraint mobilisation_version_positive check (version > 0),
  constraint mobilisation_delivered_to_fk foreign key (delivered_to_id, campaign_id)
    references stakeholder (id, campaign_id) on delete set null (delivered_to_id),
  constraint mobilisation_response_fk foreign key (response_interaction_id, campaign_id)
    references interaction (id, campaign_id) on delete set null (response_interaction_id)
);
create index mobilisation_delivered_to_idx on mobilisation (delivered_to_id) where delivered_to_id is not null;
create index mobilisation_response_idx on mobilisation (response_interaction_id) where response_interaction_id is not null;

create table mobilisation_demand (
  mobilisation_id bigint not null,
  demand_id       bigint not null,
  campaign_id     bigint not null,
  primary key (mobilisation_id, demand_id),
  constraint mobilisation_demand_mobilisation_fk foreign key (mobilisation_id, campaign_id)
    references mobilisation (id, campaign_id) on delete cascade,
  constraint mobilisation_demand_demand_fk foreign key (demand_id, campaign_id)
    references demand (id, campaign_id) on delete cascade
);
create index mobilisation_demand_demand_idx on mobilisation_demand (demand_id);

create table mobilisation_target (
  mobilisation_id bigint not null,
  stakeholder_id  bigint not null,
  campaign_id     bigint not null,
  primary key (mobilisation_id, stakeholder_id),
  constraint mobilisation_target_mobilisation_fk foreign key (mobilisation_id, campaign_id)
    references mobilisation (id, campaign_id) on delete cascade,
  constraint mobilisation_target_stakeholder_fk foreign key (stakeholder_id, campaign_id)
    references stakeholder (id, campaign_id) on delete cascade
);
create index mobilisation_target_stakeholder_idx on mobilisation_target (stakeholder_id);

create table mobilisation_count (
  mobilisation_id bigint  not null,
  campaign_id     bigint  not null,
  counted_on      date    not null,
  count           integer not null,
  primary key (mobilisation_id, counted_on),
  constraint mobilisation_count_mobilisation_fk foreign key (mobilisation_id, campaign_id)
    references mobilisation (id, campaign_id) on delete cascade,
  constraint mobilisation_count_range check (count between 0 and 100000000)
);
-- Date ranges as changeset 0030 writes them (NOT VALID, like every other date range of the schema).
alter table mobilisation add constraint mobilisation_launched_on_range
  check (launched_on between date '1900-01-01' and date '2100-12-31') not valid;
alter table mobilisation add constraint mobilisation_delivered_on_range
  check (delivered_on between date '1900-01-01' and date '2100-12-31') not valid;
alter table mobilisation_count add constraint mobilisation_count_counted_on_range
  check (counted_on between date '1900-01-01' and date '2100-12-31') not valid;

create trigger mobilisation_revision_bump after insert or update or delete on mobilisation
  for each row execute function bump_campaign_revision();
create trigger mobilisation_demand_revision_bump after insert or update or delete on mobilisation_demand
  for each row execute function bump_campaign_revision();
create trigger mobilisation_target_revision_bump after insert or update or delete on mobilisation_target
  for each row execute function bump_campaign_revision();
create trigger mobilisation_count_revision_bump after insert or update or delete on mobilisation_count
  for each row execute function bump_campaign_revision();
--rollback drop table mobilisation_count; drop table mobilisation_target; drop table mobilisation_demand; drop table mobilisation; drop type mobilisation_kind;
