--liquibase formatted sql

--changeset tracker:0010-commitment
--comment: The commitments register: who promised what, on which demand, in which interaction, confirmed in writing or not.
create type commitment_status as enum ('open', 'kept', 'broken', 'withdrawn');

create table commitment (
  id                        bigint generated always as identity primary key,
  campaign_id               bigint            not null,
  stakeholder_id            bigint            not null,
  description               text              not null,
  demand_id                 bigint,
  interaction_id            bigint,
  made_on                   date              not null,
  due_on                    date,
  confirmation_requested_on date,
  confirmation_received_on  date,
  status                    commitment_status not null default 'open',
  status_changed_on         date,
  created_at                timestamptz       not null default now(),
  updated_at                timestamptz       not null default now(),
  version                   integer           not null default 1,
  constraint commitment_stakeholder_fk foreign key (stakeholder_id, campaign_id) references stakeholder (id, campaign_id) on delete cascade,
  constraint commitment_demand_fk foreign key (demand_id, campaign_id)
    references demand (id, campaign_id) on delete set null (demand_id),
  constraint commitment_interaction_fk foreign key (interaction_id, campaign_id)
    references interaction (id, campaign_id) on delete set null (interaction_id),
  constraint commitment_description_not_blank check (length(btrim(description)) > 0),
  constraint commitment_due_after_made check (due_on is null or due_on >= made_on),
  constraint commitment_confirmation_order check (
    confirmation_received_on is null or confirmation_requested_on is null or confirmation_received_on >= confirmation_requested_on),
  constraint commitment_status_date check ((status = 'open') = (status_changed_on is null)),
  constraint commitment_version_positive check (version > 0)
);
create index commitment_campaign_status_idx on commitment (campaign_id, status, due_on);
create index commitment_stakeholder_idx on commitment (stakeholder_id);
--rollback drop table commitment; drop type commitment_status;
