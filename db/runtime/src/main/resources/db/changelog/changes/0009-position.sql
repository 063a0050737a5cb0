--liquibase formatted sql

--changeset tracker:0009-position
--comment: The demand x target ledger: each row is where a stakeholder stood on a demand at a date, with its evidence.
create type position_level as enum (
  'unknown', 'opposed', 'hesitant', 'supportive', 'committed_verbally', 'committed_in_writing', 'implemented', 'backtracked');

create table position (
  id                      bigint generated always as identity primary key,
  campaign_id             bigint         not null,
  stakeholder_id          bigint         not null,
  demand_id               bigint         not null,
  level                   position_level not null,
  stated_on               date           not null,
  evidence_interaction_id bigint,
  evidence_press_item_id  bigint,
  evidence_document       text,
  note                    text,
  created_at              timestamptz    not null default now(),
  updated_at              timestamptz    not null default now(),
  -- Corrections go through the API too: the version guards them against lost updates.
  version                 integer        not null default 1,
  constraint position_version_positive check (version > 0),
  constraint position_stakeholder_fk foreign key (stakeholder_id, campaign_id) references stakeholder (id, campaign_id) on delete cascade,
  constraint position_demand_fk foreign key (demand_id, campaign_id) references demand (id, campaign_id) on delete cascade,
  constraint position_interaction_fk foreign key (evidence_interaction_id, campaign_id)
    references interaction (id, campaign_id) on delete set null (evidence_interaction_id),
  constraint position_press_item_fk foreign key (evidence_press_item_id, campaign_id)
    references press_item (id, campaign_id) on delete set null (evidence_press_item_id),
  constraint position_evidence_document_not_blank check (evidence_document is null or length(btrim(evidence_document)) > 0)
);
-- The current position of a target on a demand is the latest row: this index serves that lookup.
create index position_current_idx on position (stakeholder_id, demand_id, stated_on desc, id desc);
create index position_demand_idx on position (demand_id, stakeholder_id);
--rollback drop table position; drop type position_level;
