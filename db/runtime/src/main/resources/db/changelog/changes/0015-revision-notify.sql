--liquibase formatted sql

--changeset tracker:0015-revision-notify splitStatements:false
--comment: Each bump of a campaign's revision also notifies the campaign_revision channel (payload: the campaign id), delivered at commit to every server that listens, so their in-memory read models learn of the change without a query per read. PostgreSQL folds identical notifications of one transaction into one.
create or replace function bump_campaign_revision() returns trigger language plpgsql as $$
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
  perform pg_notify('campaign_revision', affected::text);
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

--changeset tracker:0015-revision-links
--comment: Who took part in an interaction is part of what servers cache about it, and these rows also go away through cascades (a member or stakeholder deleted) without touching the interaction row: they bump the revision themselves.
create trigger interaction_participant_revision_bump after insert or update or delete on interaction_participant
  for each row execute function bump_campaign_revision();
create trigger interaction_attendee_revision_bump after insert or update or delete on interaction_attendee
  for each row execute function bump_campaign_revision();
--rollback drop trigger interaction_participant_revision_bump on interaction_participant; drop trigger interaction_attendee_revision_bump on interaction_attendee;
