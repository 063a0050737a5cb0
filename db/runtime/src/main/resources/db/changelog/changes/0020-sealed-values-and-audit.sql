--liquibase formatted sql

--changeset tracker:0020-sealed-values-and-audit
--comment: Contact point values are now sealed by the application (AES-GCM), so the database can no longer check an
--comment: email's shape (core does); and an audit trail of who read or changed personal data, holding ids only.
alter table contact_point drop constraint contact_point_email_format;

create table audit_event (
  id          bigint generated always as identity primary key,
  at          timestamptz not null default now(),
  -- No foreign key: the trail outlives a deleted campaign or token.
  campaign_id bigint,
  -- 'token' (API: token id and label) or 'os_user' (CLI: the operating-system account).
  actor_kind  text        not null,
  actor       text        not null,
  -- 'read', 'create', 'update', 'delete', 'export', 'erase', 'backup', 'restore', ...
  action      text        not null,
  -- The API route (GET /api/v1/campaigns/{campaign}/testimonies/{id}) or the CLI command (testimony show).
  via         text        not null,
  subject     text        not null,
  record_ids  bigint[]    not null default '{}'
);
create index audit_event_campaign_at_idx on audit_event (campaign_id, at desc);
--rollback drop table audit_event; alter table contact_point add constraint contact_point_email_format check (kind <> 'email' or value ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$') not valid;
