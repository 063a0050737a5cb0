--liquibase formatted sql

--changeset tracker:0031-idempotent-request
--comment: The first answer to a POST sent with an Idempotency-Key, kept 24 hours for the token that sent it, so that
--comment: a retry gets that answer again instead of writing twice. Claimed in the same transaction as the write:
--comment: a concurrent retry waits on the unique key, then finds the answer. Sealed: an answer can hold personal data.
create table idempotent_request (
  id              bigint generated always as identity primary key,
  token_id        bigint      not null references api_token (id) on delete cascade,
  idempotency_key text        not null,
  -- SHA-256 of the method, the path and the body: the same key with another request is refused.
  fingerprint     bytea       not null,
  status          smallint,
  answer          text,
  created_at      timestamptz not null,
  constraint idempotent_request_key unique (token_id, idempotency_key),
  constraint idempotent_request_key_length check (char_length(idempotency_key) between 1 and 255),
  constraint idempotent_request_fingerprint_length check (octet_length(fingerprint) = 32),
  constraint idempotent_request_status check (status between 200 and 299)
);
create index idempotent_request_created_idx on idempotent_request (created_at);
--rollback drop table idempotent_request;
