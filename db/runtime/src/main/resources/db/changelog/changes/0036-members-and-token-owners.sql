--liquibase formatted sql

--changeset tracker:0036-members-and-token-owners
--comment: Members are people of the coalition with a language and a day they left (they stay in history); an API token
--comment: belongs to a member or to a partner organisation, so the audit trail names who acted, and records its last use.
alter table member add column language text;
alter table member add column left_on date;
alter table member add constraint member_language_known check (language is null or language in ('en', 'fr'));
alter table member add constraint member_left_on_range
  check (left_on between date '1900-01-01' and date '2100-12-31') not valid;
alter table api_token add column member_id bigint;
alter table api_token add column organisation_id bigint;
alter table api_token add column last_used_at timestamptz;
alter table api_token add constraint api_token_member_fk foreign key (member_id, campaign_id)
  references member (id, campaign_id) on delete set null (member_id);
alter table api_token add constraint api_token_organisation_fk foreign key (organisation_id, campaign_id)
  references stakeholder (id, campaign_id) on delete set null (organisation_id);
alter table api_token add constraint api_token_one_owner check (member_id is null or organisation_id is null);
create index api_token_member_idx on api_token (member_id);
create index api_token_organisation_idx on api_token (organisation_id);
--rollback drop index api_token_organisation_idx; drop index api_token_member_idx;
--rollback alter table api_token drop constraint api_token_one_owner, drop constraint api_token_organisation_fk, drop constraint api_token_member_fk, drop column last_used_at, drop column organisation_id, drop column member_id;
--rollback alter table member drop constraint member_left_on_range, drop constraint member_language_known, drop column left_on, drop column language;
