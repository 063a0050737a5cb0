--liquibase formatted sql

--changeset tracker:0029-revision-every-campaign-table splitStatements:false rollbackSplitStatements:false
--comment: Every table of a campaign's data bumps the campaign's revision, so the revision validates anything derived from the campaign (a cached view, an ETag), not only the tables progress reads today. Three tables name their campaign only through a parent (a stakeholder, a testimony): their trigger finds it there; when the parent is already gone (a cascading delete) the parent's own delete bumped it.
create function bump_campaign_revision_through() returns trigger language plpgsql as $$
declare
  parent_id bigint;
  affected bigint;
  bumped text := coalesce(nullif(current_setting('campaign_tracker.bumped', true), ''), ',');
begin
  if tg_op = 'DELETE' then
    parent_id := (to_jsonb(old) ->> tg_argv[1])::bigint;
  else
    parent_id := (to_jsonb(new) ->> tg_argv[1])::bigint;
  end if;
  execute format('select campaign_id from %I where id = $1', tg_argv[0]) into affected using parent_id;
  if affected is null or strpos(bumped, ',' || affected || ',') > 0 then
    return null;
  end if;
  perform set_config('campaign_tracker.bumped', bumped || affected || ',', true);
  insert into campaign_revision as r (campaign_id, shard, revision, changed_at)
  values (affected, (txid_current() % 8)::smallint, 1, now())
  on conflict (campaign_id, shard) do update set revision = r.revision + 1, changed_at = now();
  return null;
end $$;
create trigger relationship_revision_bump after insert or update or delete on relationship
  for each row execute function bump_campaign_revision();
create trigger member_revision_bump after insert or update or delete on member
  for each row execute function bump_campaign_revision();
create trigger training_revision_bump after insert or update or delete on training
  for each row execute function bump_campaign_revision();
create trigger training_attendee_revision_bump after insert or update or delete on training_attendee
  for each row execute function bump_campaign_revision();
create trigger follow_up_revision_bump after insert or update or delete on follow_up
  for each row execute function bump_campaign_revision();
create trigger milestone_dependency_revision_bump after insert or update or delete on milestone_dependency
  for each row execute function bump_campaign_revision();
create trigger press_theme_revision_bump after insert or update or delete on press_theme
  for each row execute function bump_campaign_revision();
create trigger press_quote_revision_bump after insert or update or delete on press_quote
  for each row execute function bump_campaign_revision();
create trigger press_testimony_revision_bump after insert or update or delete on press_testimony
  for each row execute function bump_campaign_revision();
create trigger testimony_revision_bump after insert or update or delete on testimony
  for each row execute function bump_campaign_revision();
create trigger testimony_demand_revision_bump after insert or update or delete on testimony_demand
  for each row execute function bump_campaign_revision();
create trigger testimony_theme_revision_bump after insert or update or delete on testimony_theme
  for each row execute function bump_campaign_revision();
create trigger testimony_consent_revision_bump after insert or update or delete on testimony_consent
  for each row execute function bump_campaign_revision_through('testimony', 'testimony_id');
create trigger testimony_identity_revision_bump after insert or update or delete on testimony_identity
  for each row execute function bump_campaign_revision_through('testimony', 'testimony_id');
create trigger contact_point_revision_bump after insert or update or delete on contact_point
  for each row execute function bump_campaign_revision_through('stakeholder', 'stakeholder_id');
--rollback drop trigger contact_point_revision_bump on contact_point;
--rollback drop trigger testimony_identity_revision_bump on testimony_identity;
--rollback drop trigger testimony_consent_revision_bump on testimony_consent;
--rollback drop trigger testimony_theme_revision_bump on testimony_theme;
--rollback drop trigger testimony_demand_revision_bump on testimony_demand;
--rollback drop trigger testimony_revision_bump on testimony;
--rollback drop trigger press_testimony_revision_bump on press_testimony;
--rollback drop trigger press_quote_revision_bump on press_quote;
--rollback drop trigger press_theme_revision_bump on press_theme;
--rollback drop trigger milestone_dependency_revision_bump on milestone_dependency;
--rollback drop trigger follow_up_revision_bump on follow_up;
--rollback drop trigger training_attendee_revision_bump on training_attendee;
--rollback drop trigger training_revision_bump on training;
--rollback drop trigger member_revision_bump on member;
--rollback drop trigger relationship_revision_bump on relationship;
--rollback drop function bump_campaign_revision_through();
