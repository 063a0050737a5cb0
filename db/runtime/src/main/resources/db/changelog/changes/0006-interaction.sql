--liquibase formatted sql

--changeset tracker:0006-interaction
--comment: Meetings, calls, letters, responses, events and hearings, with who took part on each side and what was discussed.
create type interaction_kind as enum (
  'meeting', 'call', 'letter_sent', 'email_sent', 'written_response', 'public_event', 'hearing');

create table interaction (
  id             bigint generated always as identity primary key,
  campaign_id    bigint           not null references campaign (id) on delete cascade,
  kind           interaction_kind not null,
  occurred_on    date             not null,
  title          text             not null,
  summary        text,
  -- What may be shown to partners: the summary itself can name people and hold private notes.
  public_summary text,
  outcome        text,
  place          text,
  created_at     timestamptz      not null default now(),
  updated_at     timestamptz      not null default now(),
  version        integer          not null default 1,
  constraint interaction_id_campaign_key unique (id, campaign_id),
  constraint interaction_title_not_blank check (length(btrim(title)) > 0),
  constraint interaction_version_positive check (version > 0)
);
create index interaction_campaign_date_idx on interaction (campaign_id, occurred_on desc, id desc);

-- Their side: the stakeholders met, written to or heard.
create table interaction_participant (
  interaction_id bigint not null,
  stakeholder_id bigint not null,
  campaign_id    bigint not null,
  primary key (interaction_id, stakeholder_id),
  constraint interaction_participant_interaction_fk foreign key (interaction_id, campaign_id)
    references interaction (id, campaign_id) on delete cascade,
  constraint interaction_participant_stakeholder_fk foreign key (stakeholder_id, campaign_id)
    references stakeholder (id, campaign_id) on delete cascade
);
create index interaction_participant_stakeholder_idx on interaction_participant (stakeholder_id, interaction_id);

-- Our side: coalition members and trained beneficiaries who attended.
create table interaction_attendee (
  interaction_id bigint not null,
  member_id      bigint not null,
  campaign_id    bigint not null,
  primary key (interaction_id, member_id),
  constraint interaction_attendee_interaction_fk foreign key (interaction_id, campaign_id)
    references interaction (id, campaign_id) on delete cascade,
  constraint interaction_attendee_member_fk foreign key (member_id, campaign_id)
    references member (id, campaign_id) on delete cascade
);
create index interaction_attendee_member_idx on interaction_attendee (member_id);

create table interaction_demand (
  interaction_id bigint not null,
  demand_id      bigint not null,
  campaign_id    bigint not null,
  primary key (interaction_id, demand_id),
  constraint interaction_demand_interaction_fk foreign key (interaction_id, campaign_id)
    references interaction (id, campaign_id) on delete cascade,
  constraint interaction_demand_demand_fk foreign key (demand_id, campaign_id)
    references demand (id, campaign_id) on delete cascade
);
create index interaction_demand_demand_idx on interaction_demand (demand_id);
--rollback drop table interaction_demand; drop table interaction_attendee; drop table interaction_participant; drop table interaction; drop type interaction_kind;
