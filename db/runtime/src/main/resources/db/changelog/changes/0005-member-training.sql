--liquibase formatted sql

--changeset tracker:0005-member-training
--comment: People on our side (coordinators, volunteers, partner staff, trained beneficiaries) and their trainings.
create type member_kind as enum ('coordinator', 'volunteer', 'partner_staff', 'beneficiary', 'adviser');

create table member (
  id              bigint generated always as identity primary key,
  campaign_id     bigint      not null references campaign (id) on delete cascade,
  display_name    text        not null,
  name_key        text        not null,
  kind            member_kind not null,
  organisation_id bigint,
  notes           text,
  created_at      timestamptz not null default now(),
  updated_at      timestamptz not null default now(),
  version         integer     not null default 1,
  constraint member_id_campaign_key unique (id, campaign_id),
  constraint member_organisation_fk foreign key (organisation_id, campaign_id)
    references stakeholder (id, campaign_id) on delete set null (organisation_id),
  constraint member_name_key unique (campaign_id, name_key),
  constraint member_display_name_not_blank check (length(btrim(display_name)) > 0),
  constraint member_version_positive check (version > 0)
);

create table training (
  id          bigint generated always as identity primary key,
  campaign_id bigint      not null references campaign (id) on delete cascade,
  title       text        not null,
  held_on     date        not null,
  topics      text[]      not null default '{}',
  trainer     text,
  created_at  timestamptz not null default now(),
  version     integer     not null default 1,
  constraint training_id_campaign_key unique (id, campaign_id),
  constraint training_title_not_blank check (length(btrim(title)) > 0),
  constraint training_version_positive check (version > 0)
);

create table training_attendee (
  training_id bigint not null,
  member_id   bigint not null,
  campaign_id bigint not null,
  primary key (training_id, member_id),
  constraint training_attendee_training_fk foreign key (training_id, campaign_id) references training (id, campaign_id) on delete cascade,
  constraint training_attendee_member_fk foreign key (member_id, campaign_id) references member (id, campaign_id) on delete cascade
);
create index training_attendee_member_idx on training_attendee (member_id);
--rollback drop table training_attendee; drop table training; drop table member; drop type member_kind;
