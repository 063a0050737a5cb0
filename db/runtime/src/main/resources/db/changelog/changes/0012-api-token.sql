--liquibase formatted sql

--changeset tracker:0012-api-token
--comment: API tokens: one role on one campaign; only a hash of the secret is stored.
create type token_role as enum ('partner', 'adviser', 'coordinator');

create table api_token (
  id          bigint generated always as identity primary key,
  campaign_id bigint      not null references campaign (id) on delete cascade,
  role        token_role  not null,
  label       text        not null,
  -- Public part of the token, used to find the row; the secret part is only stored as a SHA-256 hash.
  lookup      text        not null,
  secret_hash bytea       not null,
  created_at  timestamptz not null default now(),
  expires_at  timestamptz,
  revoked_at  timestamptz,
  constraint api_token_lookup_key unique (lookup),
  constraint api_token_label_not_blank check (length(btrim(label)) > 0),
  constraint api_token_lookup_format check (lookup ~ '^[A-Za-z0-9]{12}$'),
  constraint api_token_secret_hash_length check (octet_length(secret_hash) = 32),
  constraint api_token_expiry_after_creation check (expires_at is null or expires_at > created_at)
);
create index api_token_campaign_idx on api_token (campaign_id);
--rollback drop table api_token; drop type token_role;
