--liquibase formatted sql

--changeset tracker:0015-revision-notify splitStatements:false
--comment: Each bump of a campaign's revision also notifies the campaign_revision channel (payload: the campaign id), delivered at commit to every server that listens, so their in-memory read models learn of the change without a query per read. PostgreSQL folds identical notifications of one transaction into one.
create function notify_campaign_revision() returns trigger language plpgsql as $$
begin
  perform pg_notify('campaign_revision', new.campaign_id::text);
  return null;
end $$;
create trigger campaign_revision_notify after insert or update on campaign_revision
  for each row execute function notify_campaign_revision();
--rollback drop trigger campaign_revision_notify on campaign_revision; drop function notify_campaign_revision();

--changeset tracker:0015-revision-links
--comment: Who took part in an interaction is part of what servers cache about it, and these rows also go away through cascades (a member or stakeholder deleted) without touching the interaction row: they bump the revision themselves.
create trigger interaction_participant_revision_bump after insert or update or delete on interaction_participant
  for each row execute function bump_campaign_revision();
create trigger interaction_attendee_revision_bump after insert or update or delete on interaction_attendee
  for each row execute function bump_campaign_revision();
--rollback drop trigger interaction_participant_revision_bump on interaction_participant; drop trigger interaction_attendee_revision_bump on interaction_attendee;
