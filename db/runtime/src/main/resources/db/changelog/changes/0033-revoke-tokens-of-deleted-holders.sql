--liquibase formatted sql

--changeset tracker:0033-revoke-tokens-of-deleted-holders splitStatements:false
--comment: Deleting a member or an organisation revokes the tokens they hold before the foreign keys clear the holder; otherwise the tokens would keep working with no one named in the audit trail. Written as triggers so that every writer of the database gets it. Runs after 0036, which adds the holders.
create function revoke_tokens_of_deleted_member() returns trigger language plpgsql as $$
begin
  update api_token set revoked_at = now()
   where member_id = old.id and campaign_id = old.campaign_id and revoked_at is null;
  return old;
end $$;
create trigger member_revoke_tokens before delete on member
  for each row execute function revoke_tokens_of_deleted_member();
create function revoke_tokens_of_deleted_organisation() returns trigger language plpgsql as $$
begin
  update api_token set revoked_at = now()
   where organisation_id = old.id and campaign_id = old.campaign_id and revoked_at is null;
  return old;
end $$;
create trigger stakeholder_revoke_tokens before delete on stakeholder
  for each row execute function revoke_tokens_of_deleted_organisation();
--rollback drop trigger stakeholder_revoke_tokens on stakeholder; drop function revoke_tokens_of_deleted_organisation();
--rollback drop trigger member_revoke_tokens on member; drop function revoke_tokens_of_deleted_member();
