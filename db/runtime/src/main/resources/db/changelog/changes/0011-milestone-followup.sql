--liquibase formatted sql

--changeset tracker:0011-milestone-followup
--comment: Retro-planning milestones (a date, or days before the campaign deadline) with dependencies, and follow-up tasks.
create type milestone_status as enum ('planned', 'done', 'cancelled');

create table milestone (
  id                     bigint generated always as identity primary key,
  campaign_id            bigint           not null references campaign (id) on delete cascade,
  title                  text             not null,
  description            text,
  due_on                 date,
  days_before_deadline   integer,
  status                 milestone_status not null default 'planned',
  done_on                date,
  created_at             timestamptz      not null default now(),
  updated_at             timestamptz      not null default now(),
  version                integer          not null default 1,
  constraint milestone_id_campaign_key unique (id, campaign_id),
  constraint milestone_title_not_blank check (length(btrim(title)) > 0),
  constraint milestone_date_or_offset check ((due_on is null) <> (days_before_deadline is null)),
  constraint milestone_offset_not_negative check (days_before_deadline is null or days_before_deadline >= 0),
  constraint milestone_done_date check ((status = 'done') = (done_on is not null)),
  constraint milestone_version_positive check (version > 0)
);
create index milestone_campaign_idx on milestone (campaign_id, status);

create table milestone_dependency (
  milestone_id  bigint not null,
  depends_on_id bigint not null,
  campaign_id   bigint not null,
  primary key (milestone_id, depends_on_id),
  constraint milestone_dependency_milestone_fk foreign key (milestone_id, campaign_id) references milestone (id, campaign_id) on delete cascade,
  constraint milestone_dependency_depends_on_fk foreign key (depends_on_id, campaign_id) references milestone (id, campaign_id) on delete cascade,
  constraint milestone_dependency_not_self check (milestone_id <> depends_on_id)
);

create table follow_up (
  id             bigint generated always as identity primary key,
  campaign_id    bigint      not null references campaign (id) on delete cascade,
  title          text        not null,
  owner_id       bigint,
  due_on         date,
  done_on        date,
  interaction_id bigint,
  created_at     timestamptz not null default now(),
  updated_at     timestamptz not null default now(),
  version        integer     not null default 1,
  constraint follow_up_owner_fk foreign key (owner_id, campaign_id) references member (id, campaign_id) on delete set null (owner_id),
  constraint follow_up_interaction_fk foreign key (interaction_id, campaign_id)
    references interaction (id, campaign_id) on delete set null (interaction_id),
  constraint follow_up_title_not_blank check (length(btrim(title)) > 0),
  constraint follow_up_version_positive check (version > 0)
);
create index follow_up_campaign_open_idx on follow_up (campaign_id, due_on) where done_on is null;
--rollback drop table follow_up; drop table milestone_dependency; drop table milestone; drop type milestone_status;
