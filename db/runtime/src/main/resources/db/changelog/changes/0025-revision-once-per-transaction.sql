--liquibase formatted sql

--changeset tracker:0025-revision-once-per-transaction splitStatements:false rollbackSplitStatements:false
--comment: A transaction bumps each campaign's revision (and so notifies) once, not once per row: an interaction with a participant and a demand wrote three upserts and three notifications, and upserts and notifications were most of what the database spent on it. Which campaigns a transaction already bumped is kept in a transaction-local setting, which a rolled-back savepoint restores along with the bump it undoes.
create or replace function bump_campaign_revision() returns trigger language plpgsql as $$
declare
  affected bigint;
  bumped text := coalesce(nullif(current_setting('campaign_tracker.bumped', true), ''), ',');
begin
  if tg_table_name = 'campaign' then
    affected := coalesce(new.id, old.id);
  elsif tg_op = 'DELETE' then
    affected := old.campaign_id;
  else
    affected := new.campaign_id;
  end if;
  if strpos(bumped, ',' || affected || ',') > 0 then
    return null;
  end if;
  perform set_config('campaign_tracker.bumped', bumped || affected || ',', true);
  insert into campaign_revision as r (campaign_id, shard, revision, changed_at)
  values (affected, (txid_current() % 8)::smallint, 1, now())
  on conflict (campaign_id, shard) do update set revision = r.revision + 1, changed_at = now();
  return null;
end $$;
--rollback create or replace function bump_campaign_revision() returns trigger language plpgsql as $$
--rollback declare
--rollback   affected bigint;
--rollback begin
--rollback   if tg_table_name = 'campaign' then
--rollback     affected := coalesce(new.id, old.id);
--rollback   elsif tg_op = 'DELETE' then
--rollback     affected := old.campaign_id;
--rollback   else
--rollback     affected := new.campaign_id;
--rollback   end if;
--rollback   insert into campaign_revision as r (campaign_id, shard, revision, changed_at)
--rollback   values (affected, (txid_current() % 8)::smallint, 1, now())
--rollback   on conflict (campaign_id, shard) do update set revision = r.revision + 1, changed_at = now();
--rollback   return null;
--rollback end $$;
