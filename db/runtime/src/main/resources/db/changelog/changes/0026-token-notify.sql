--liquibase formatted sql

--changeset tracker:0026-token-notify splitStatements:false
--comment: A token revoked, changed or deleted notifies the api_token channel (payload: the token id) at commit, so every server drops the tokens it trusted from memory at once instead of after a delay.
create function notify_api_token() returns trigger language plpgsql as $$
begin
  perform pg_notify('api_token', old.id::text);
  return null;
end $$;
create trigger api_token_notify after update or delete on api_token
  for each row execute function notify_api_token();
--rollback drop trigger api_token_notify on api_token; drop function notify_api_token();
