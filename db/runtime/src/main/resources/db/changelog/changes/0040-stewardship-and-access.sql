--liquibase formatted sql

--changeset tracker:0040-stewardship-and-access
--comment: Who on the team holds each relationship and how often it should be touched (stewardship), and how reachable each stakeholder is: an access score from 1 (does not know us) to 5 (returns our calls), kept as a history of ratings with their evidence, apart from stance and power.
create table stewardship (
  stakeholder_id bigint      primary key,
  campaign_id    bigint      not null,
  owner_id       bigint,
  cadence_days   integer,
  updated_at     timestamptz not null default now(),
  version        integer     not null default 1,
  constraint stewardship_stakeholder_fk foreign key (stakeholder_id, campaign_id)
    references stakeholder (id, campaign_id) on delete cascade,
  constraint stewardship_owner_fk foreign key (owner_id, campaign_id)
    references member (id, campaign_id) on delete set null (owner_id),
  constraint stewardship_cadence_days_range check (cadence_days between 1 and 3650),
  constraint stewardship_version_positive check (version > 0)
);
create index stewardship_owner_idx on stewardship (owner_id) where owner_id is not null;
create index stewardship_campaign_idx on stewardship (campaign_id);

create table access_rating (
  id             bigint      generated always as identity primary key,
  campaign_id    bigint      not null,
  stakeholder_id bigint      not null,
  score          smallint    not null,
  rated_on       date        not null,
  evidence       text,
  created_at     timestamptz not null default now(),
  constraint access_rating_stakeholder_fk foreign key (stakeholder_id, campaign_id)
    references stakeholder (id, campaign_id) on delete cascade,
  constraint access_rating_score_range check (score between 1 and 5),
  constraint access_rating_evidence_bounded check (evidence is null or length(evidence) <= 2000)
);
create index access_rating_stakeholder_idx on access_rating (stakeholder_id, rated_on desc, id desc);
create index access_rating_campaign_idx on access_rating (campaign_id);
-- Date ranges as changeset 0030 writes them (NOT VALID, like every other date range of the schema).
alter table access_rating add constraint access_rating_rated_on_range
  check (rated_on between date '1900-01-01' and date '2100-12-31') not valid;

create trigger stewardship_revision_bump after insert or update or delete on stewardship
  for each row execute function bump_campaign_revision();
create trigger access_rating_revision_bump after insert or update or delete on access_rating
  for each row execute function bump_campaign_revision();
--rollback drop table access_rating; drop table stewardship;
