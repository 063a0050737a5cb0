--liquibase formatted sql

--changeset tracker:0037-token-notify-on-what-matters splitStatements:false
--comment: A token's last use (written by a server at most every ten minutes) changes nothing a server trusts about it:
--comment: only a revocation, an expiry, a deletion or a change of what it grants or whom it names notifies the api_token
--comment: channel, so recording uses does not make every server drop every token it trusted.
create or replace function notify_api_token() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE'
     and old.revoked_at is not distinct from new.revoked_at
     and old.expires_at is not distinct from new.expires_at
     and old.role = new.role and old.campaign_id = new.campaign_id and old.label = new.label
     and old.secret_hash = new.secret_hash
     and old.member_id is not distinct from new.member_id
     and old.organisation_id is not distinct from new.organisation_id then
    return null;
  end if;
  perform pg_notify('api_token', old.id::text);
  return null;
end $$;
--rollback create or replace function notify_api_token() returns trigger language plpgsql as $$
--rollback begin
--rollback   perform pg_notify('api_token', old.id::text);
--rollback   return null;
--rollback end $$;
