--liquibase formatted sql

--changeset tracker:0014-campaign-revision splitStatements:false
--comment: A counter per campaign, bumped by triggers on every write that read models (progress, activity) depend on, so a server can check its cached copy with one indexed read and several servers stay consistent.
-- The counter is split in 8 shards, each transaction bumping the one its transaction id picks: a single row would
-- make every concurrent write to a campaign queue on its lock (and on each other's commit), while the sum of the
-- shards still grows with every committed write, which is all a cache check needs.
create table campaign_revision (
  -- No foreign key: rows cascaded away with a campaign still fire these triggers after the campaign row is gone.
  campaign_id bigint      not null,
  shard       smallint    not null,
  revision    bigint      not null default 1,
  changed_at  timestamptz not null default now(),
  primary key (campaign_id, shard)
);

create function bump_campaign_revision() returns trigger language plpgsql as $$
declare
  affected bigint;
begin
  if tg_table_name = 'campaign' then
    affected := coalesce(new.id, old.id);
  elsif tg_op = 'DELETE' then
    affected := old.campaign_id;
  else
    affected := new.campaign_id;
  end if;
  insert into campaign_revision as r (campaign_id, shard, revision, changed_at)
  values (affected, (txid_current() % 8)::smallint, 1, now())
  on conflict (campaign_id, shard) do update set revision = r.revision + 1, changed_at = now();
  return null;
end $$;

create trigger campaign_revision_bump after insert or update or delete on campaign
  for each row execute function bump_campaign_revision();
create trigger theme_revision_bump after insert or update or delete on theme
  for each row execute function bump_campaign_revision();
create trigger demand_revision_bump after insert or update or delete on demand
  for each row execute function bump_campaign_revision();
create trigger stakeholder_revision_bump after insert or update or delete on stakeholder
  for each row execute function bump_campaign_revision();
create trigger position_revision_bump after insert or update or delete on position
  for each row execute function bump_campaign_revision();
create trigger interaction_revision_bump after insert or update or delete on interaction
  for each row execute function bump_campaign_revision();
create trigger interaction_demand_revision_bump after insert or update or delete on interaction_demand
  for each row execute function bump_campaign_revision();
create trigger press_item_revision_bump after insert or update or delete on press_item
  for each row execute function bump_campaign_revision();
create trigger press_demand_revision_bump after insert or update or delete on press_demand
  for each row execute function bump_campaign_revision();
create trigger milestone_revision_bump after insert or update or delete on milestone
  for each row execute function bump_campaign_revision();
create trigger commitment_revision_bump after insert or update or delete on commitment
  for each row execute function bump_campaign_revision();
--rollback drop table campaign_revision; drop function bump_campaign_revision() cascade;
